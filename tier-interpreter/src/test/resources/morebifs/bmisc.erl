%% maps:from_keys, is_builtin, bump_reductions, string:list_to_integer/float, one per clause.
-module(bmisc).
-export([t/1]).
id(X) -> X.
c(F) -> try F() catch C:R -> {C, R} end.
t(1) -> [string:list_to_integer(id(S)) || S <- ["123abc", "-12", "+7x", " 12", "abc", "", "-", "12.5", "0012",
                                                  "123456789012345678901234567890z", [$1, a], [$1 | b]]];
t(2) -> string:list_to_integer(id(abc));
t(3) -> string:list_to_integer(id([1 | a]));
t(4) -> [string:list_to_float(id(S)) || S <- ["1.5abc", "-1.5e3x", "1", "1.", "1.0e", "+2.5", "1e5", ".5",
                                               "1.0E+2rest", "1.0e-400", "1.0e400", "abc", "2.5e-3", "1.0e+", [$1, $., $5 | c]]];
t(5) -> string:list_to_float(id(<<"1.0">>));
t(6) -> [string:to_integer(id(S)) || S <- ["42 apples", <<"17">>, "x"]];
t(7) -> [string:to_float(id(S)) || S <- ["4.2 apples", <<"1.7e2">>, "x"]];
t(8) -> [erlang:is_builtin(M, F, A) || {M, F, A} <- [{erlang, length, 1}, {math, sin, 1}, {lists, reverse, 2},
          {lists, reverse, 1}, {erlang, apply, 3}, {binary, split, 2}, {foo, bar, 1}, {erlang, send_after, 4},
          {erlang, '+', 2}, {maps, from_keys, 2}, {string, list_to_integer, 1}, {binary, replace, 3}]];
t(9) -> c(fun() -> erlang:is_builtin(id(1), 2, 3) end);
t(10) -> maps:from_keys(id([a, b, a]), 0);
t(11) -> maps:from_keys(id([]), x);
t(12) -> lists:sort(maps:to_list(maps:from_keys(lists:seq(1, 50), v)));
t(13) -> c(fun() -> maps:from_keys(id(a), 0) end);
t(14) -> c(fun() -> maps:from_keys(id([a | b]), 0) end);
t(15) -> erlang:bump_reductions(id(10));
t(16) -> c(fun() -> erlang:bump_reductions(id(-1)) end);
t(17) -> c(fun() -> erlang:bump_reductions(id(a)) end).
