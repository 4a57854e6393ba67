%% Checksums (crc32, adler32, md5) and the old term hash phash/2, one behaviour per clause.
-module(bhash).
-export([t/1]).
id(X) -> X.
c(F) -> try F() catch C:R -> {C, R} end.
bins() -> [<<>>, <<"a">>, <<"hello world">>, list_to_binary(lists:seq(0, 255)), binary:copy(<<"xyz">>, 500)].
terms() ->
    [0, 1, -1, 255, 256, 65535, 1 bsl 27, 1 bsl 31, (1 bsl 32) - 1, 1 bsl 32, -(1 bsl 40), 1 bsl 59, (1 bsl 59) - 1,
     -(1 bsl 59), 1 bsl 60, 1 bsl 64, -(1 bsl 64), 1 bsl 100, -(1 bsl 200), 12345678901234567890123,
     a, b, ok, 'hello world', '', 'é', [], "a", "ab", "hello", [1, 2, 3], [a, b, c], [a | b], [1 | 2], [256, 1000],
     [[]], [[1], [2, [3]]], {}, {a}, {a, b}, {1, {2, {3}}}, 0.0, -0.0, 1.5, -3.25, 1.0e300, 3.14159,
     <<>>, <<1>>, <<1, 2, 3>>, <<"abcdefghijklmnopqrstuvwxyz">>, <<1:3>>, <<255, 7:5>>,
     #{}, #{a => 1}, #{a => 1, b => [2]}, maps:from_list([{K, K} || K <- lists:seq(1, 40)]),
     {dict, 0, 16, 16, 8, 80, 48, {[], [], []}}, [{key, value}, {k2, "v2"}], fun lists:map/2, fun erlang:abs/1].
t(1) -> [erlang:crc32(B) || B <- bins()];
t(2) -> [erlang:crc32(12345, B) || B <- bins()];
t(3) -> erlang:crc32(id(["ab", [$c, <<"de">>], <<>> | <<"f">>]));
t(4) -> [erlang:adler32(B) || B <- bins()];
t(5) -> [erlang:adler32(77, B) || B <- bins()];
t(6) -> [erlang:md5(B) || B <- bins()];
t(7) -> erlang:md5(id([<<"ab">>, "cd", [[$e]]]));
t(8) -> erlang:md5_final(lists:foldl(fun(B, Ctx) -> erlang:md5_update(Ctx, B) end, erlang:md5_init(), bins()));
t(9) -> byte_size(erlang:md5_init());
t(10) -> [erlang:crc32_combine(erlang:crc32(A), erlang:crc32(B), byte_size(B)) =:= erlang:crc32(<<A/binary, B/binary>>)
          || A <- bins(), B <- bins()];
t(11) -> [erlang:crc32_combine(erlang:crc32(A), erlang:crc32(B), byte_size(B)) || A <- bins(), B <- bins()];
t(12) -> [erlang:adler32_combine(erlang:adler32(A), erlang:adler32(B), byte_size(B)) || A <- bins(), B <- bins()];
t(13) -> c(fun() -> erlang:crc32(id(a)) end);
t(14) -> c(fun() -> erlang:crc32(id(-1), <<>>) end);
t(15) -> c(fun() -> erlang:crc32(id(<<1:3>>)) end);
t(16) -> c(fun() -> erlang:adler32(id([256])) end);
t(17) -> c(fun() -> erlang:md5_update(id(<<1, 2>>), <<>>) end);
t(18) -> c(fun() -> erlang:md5_final(id(foo)) end);
t(19) -> [erlang:phash(T, 1 bsl 32) || T <- terms()];
t(20) -> [erlang:phash(T, 1000) || T <- terms()];
t(21) -> [erlang:phash(T, 1) || T <- terms()];
t(22) -> c(fun() -> erlang:phash(a, id(0)) end);
t(23) -> c(fun() -> erlang:phash(a, id((1 bsl 32) + 1)) end);
t(24) -> c(fun() -> erlang:phash(a, id(x)) end);
t(25) -> [erlang:phash(lists:seq(1, N), 1 bsl 32) || N <- lists:seq(1, 30)];
t(26) -> [erlang:phash(integer_to_list(N), 77777) || N <- lists:seq(1, 200, 7)];
t(27) -> sets:to_list(sets:from_list(lists:seq(1, 100) ++ [a, b, "c", {d}]));
t(28) -> dict:to_list(dict:from_list([{K, {K}} || K <- [x, y, z, 1, 2, 3, "s", {t}]]));
t(29) -> [erlang:phash(<<B:N>>, 1 bsl 32) || B <- [0, 1, 5], N <- [1, 3, 7, 9, 15]];
t(30) -> c(fun() -> erlang:crc32_combine(id(1), 2, -1) end);
t(31) -> erlang:md5(binary:copy(<<"0123456789">>, 1000)).
