%% re:replace/3,4 and re:split/2,3 (stdlib's Erlang code over the BIFs).
-module(resplit).
-export([t/1]).
id(X) -> X.
c(F) -> try F() catch C:R -> {C, R} end.
t(1) -> c(fun() -> re:replace(id("abcb"), "b", "X") end);
t(2) -> c(fun() -> re:replace(id("abcb"), "b", "X", [global, {return, list}]) end);
t(3) -> c(fun() -> re:replace(id("abcb"), "(b)(c)?", "[\\2\\1&]", [global, {return, binary}]) end);
t(4) -> c(fun() -> re:replace(id("a.b.c"), "\\.", "\\\\", [global, {return, list}]) end);
t(5) -> c(fun() -> re:replace(id("abc"), "x*", "-", [global, {return, list}]) end);
t(6) -> c(fun() -> re:replace(id(<<"héllo"/utf8>>), "é", "e", [unicode, {return, list}]) end);
t(7) -> c(fun() -> re:replace(id("2024-01-15"), "(\\d+)-(\\d+)-(\\d+)", "\\g{3}/\\g2/\\1", [{return, list}]) end);
t(8) -> c(fun() -> re:replace(id("abc"), "b", "X", [{capture, all}]) end);
t(9) -> c(fun() -> re:replace(id("aaa"), "a", "b", [{offset, 1}, global, {return, list}]) end);
t(10) -> c(fun() -> re:replace(id("Hello World"), "o", "0", [caseless, global, {return, binary}]) end);
t(11) -> c(fun() -> re:split(id("a,b,,c"), ",") end);
t(12) -> c(fun() -> re:split(id("a,b,,c,,"), ",", [{return, list}]) end);
t(13) -> c(fun() -> re:split(id("a,b,,c,,"), ",", [trim, {return, list}]) end);
t(14) -> c(fun() -> re:split(id("a,b,,c,,"), ",", [{parts, 2}, {return, list}]) end);
t(15) -> c(fun() -> re:split(id("a1b22c"), "(\\d+)", [{return, list}]) end);
t(16) -> c(fun() -> re:split(id("a1b22c"), "(\\d+)", [group, {return, list}]) end);
t(17) -> c(fun() -> re:split(id("abc"), "", [{return, list}]) end);
t(18) -> c(fun() -> re:split(id(<<"α,β"/utf8>>), ",", [unicode, {return, list}]) end);
t(19) -> c(fun() -> re:split(id("a b  c"), "\\s+", [{return, binary}]) end);
t(20) -> c(fun() -> re:split(id("abc"), "b", [global]) end);
t(21) -> c(fun() -> re:split(id("a;b"), ";", [{parts, 0}, {return, list}]) end);
t(22) -> c(fun() -> re:split(id("a;b;c"), ";", [{parts, infinity}, {return, iodata}]) end);
t(23) -> c(fun() -> re:replace(id("x"), "(", "y") end);
t(24) -> c(fun() -> re:split(id("axbxc"), "X", [caseless, {return, list}]) end);
t(25) -> c(fun() -> re:replace(id("a\nb\n"), "^", "> ", [multiline, global, {return, list}]) end).
