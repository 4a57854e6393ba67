%% re:compile/1,2 and re:inspect/2, and runs of compiled patterns.
-module(recomp).
-export([t/1]).
id(X) -> X.
c(F) -> try F() catch C:R -> {C, R} end.
%% A compiled pattern's binary is jbeam's own encoding, so only its other fields are compared.
shape({ok, {re_pattern, N, U, CRLF, Bin}}) when is_binary(Bin) -> {ok, N, U, CRLF};
shape(Other) -> Other.
cp(P) -> c(fun() -> shape(re:compile(id(P))) end).
cp(P, O) -> c(fun() -> shape(re:compile(id(P), id(O))) end).
mp(P, O) -> {ok, MP} = re:compile(id(P), id(O)), MP.
t(1) -> cp("a(b)(c)");
t(2) -> cp("(a");
t(3) -> cp("a)");
t(4) -> cp("*a");
t(5) -> cp("a{2,1}");
t(6) -> cp("[b-a]");
t(7) -> cp("a\\");
t(8) -> cp("(?<=a+)b");
t(9) -> cp("(?<=ab|c)d");
t(10) -> cp("\\2(a)");
t(11) -> cp("[abc");
t(12) -> cp("a{70000}");
t(13) -> cp("(?z)");
t(14) -> cp("(?<n>a)(?<n>b)");
t(15) -> cp("(?<n");
t(16) -> cp("\\p{Foo}");
t(17) -> cp("[[:foo:]]");
t(18) -> cp("[:alpha:]");
t(19) -> cp("x\\uy");
t(20) -> cp("a**");
t(21) -> cp("(?<=a(b|cd))");
t(22) -> cp("(?<=\\d{2})x");
t(23) -> cp("(?<=x\\1)(a)");
t(24) -> cp("ab(?#comment");
t(25) -> cp("\\k<zz>(?<a>x)");
t(26) -> cp("(?P=zz)");
t(27) -> cp("x{2}{3}");
t(28) -> cp("(?i");
t(29) -> cp("a", [unicode]);
t(30) -> cp("a", [{newline, crlf}]);
t(31) -> cp("a", [{newline, any}]);
t(32) -> cp("a", [global]);
t(33) -> cp("a", [bogus]);
t(34) -> cp(foo, []);
t(35) -> cp("a", [{capture, all}]);
t(36) -> cp([233, 1000], [unicode]);
t(37) -> cp(<<"(é"/utf8>>, [unicode]);
t(38) -> cp("a(?:b)(?<x>c)", [no_auto_capture]);
t(39) -> c(fun() -> re:inspect(mp("(?<b>x)(?<a>y)(?<c_1>z)", []), namelist) end);
t(40) -> c(fun() -> re:inspect(mp("(x)", []), namelist) end);
t(41) -> c(fun() -> re:inspect(mp("(x)", []), other) end);
t(42) -> c(fun() -> re:run("xAy", mp("a", [caseless])) end);
t(43) -> c(fun() -> re:run("xAy", mp("a", []), [caseless]) end);
t(44) -> c(fun() -> re:run("xay", mp("(?<n>a)", []), [{capture, [n], list}]) end);
t(45) -> c(fun() -> re:run("aXbXc", mp("x", [caseless]), [global, {capture, all, index}]) end);
t(46) -> c(fun() -> re:run(<<"čaj"/utf8>>, mp(".", [unicode]), [{capture, all, list}]) end);
t(47) -> c(fun() -> re:run([269, $a], mp(".", [unicode]), [{capture, all, binary}]) end);
t(48) -> c(fun() -> re:run("xay", {re_pattern, 0, 0, 0, <<"junk">>}) end);
t(49) -> c(fun() -> re:run("a\r\nb", mp("", [{newline, crlf}]), [global]) end);
t(50) -> c(fun() -> re:run("ab", mp("b", [anchored])) end);
t(51) -> c(fun() -> re:version() end);
t(52) -> cp("(?<=a|bc|def)x");
t(53) -> cp("(?<!\\R)x");
t(54) -> cp("a(?R)");
t(55) -> cp("\\cé");
t(56) -> cp("\\x{100}");
t(57) -> cp("a{1,2");
t(58) -> cp("[\\d-z]");
t(59) -> cp("(?<1a>x)");
t(60) -> cp("\\g{0}");
t(61) -> cp("\\k<a");
t(62) -> cp("(?'n'x)\\k'n'");
t(63) -> cp("\\N{U+41}");
t(64) -> cp("^*");
t(65) -> cp("\\b+");
t(66) -> cp("$?");
t(67) -> cp("(?i)*");
t(68) -> cp("\\o{400}");
t(69) -> cp("\\777");
t(70) -> cp("[z-\\d]");
t(71) -> cp("(?<=a\\Rb)");
t(72) -> cp("(?<=\\X)");
t(73) -> cp("a|*");
t(74) -> cp("(?");
t(75) -> cp("(?P");
t(76) -> cp("(?<");
t(77) -> cp("\\c");
t(78) -> cp("\\p");
t(79) -> c(fun() -> [re:run(S, P) || {S, P} <- [{"ab", "(?=a)*a"}, {"ab", "(?=b)+a"}, {"aaa", "a(?#c)*"},
    {"a*b", "\\Qa*\\Eb"}, {"a8", "a\\8"}, {"8", "[\\8]"}, {"xAy", "\\pL+"}, {"ab", "a(?C1)b"},
    {"a-z", "[[:alpha:]-z]+"}, {"aXb", "\\p{^Ll}"}, {"aXb", "\\p{L&}+"}, {"\x0a", "\\12"}]] end);
t(80) -> c(fun() -> [re:run("x", P) || P <- ["\\d{2,}+", "a{,3}", "x{1}{0}"]] end).
