-module(arith).
-export([small_edges/0, divisions/0, bits/0, floats/0, compare/0, mixed/1, bad/1]).
id(X) -> X.
small_edges() ->
    Max = id(576460752303423487), Min = id(-576460752303423488),
    {Max + 1, Min - 1, Max * Max, Min * Min, Min * -1, -Min, Max + Min, (Max + 1) - 1, abs(Min),
     Max * 2 div 2, id(4611686018427387904) * id(2), id(-9223372036854775808) * id(-1)}.
divisions() ->
    [{A div B, A rem B} || A <- [id(7), -7, 0, 123456789012345678901234567890, -98765432109876543210],
                           B <- [id(2), -2, 3, 1000000007, -12345678901234567890]].
bits() ->
    [id(-1) band 255, id(-256) bor 15, id(12345) bxor -1, bnot id(0), bnot id(-123456789012345678901234567890),
     id(1) bsl 64, id(1) bsl 59, id(-1) bsl 70, id(123456789012345678901234567890) bsr 40, id(-5) bsr 1,
     id(-123456789012345678901234567890) bsr 200, id(5) bsl -1, id(5) bsr -3,
     id(-340282366920938463463374607431768211456) band 340282366920938463463374607431768211455].
floats() ->
    {id(1.5) + 2, id(3) - 0.25, id(2.0) * 1.0e300, id(7) / 2, id(-7) / 2, id(1) / 3, float(id(10000000000000000000000)),
     id(1.0e15) * 10, id(0.1) + 0.2, trunc(id(-2.5)), round(id(-2.5)), round(id(2.5)), trunc(id(1.0e20)),
     round(id(123456789.5)), abs(id(-0.0)), id(5.0e-324) / 2, -id(0.0)}.
compare() ->
    [id(1) == 1.0, id(1) =:= 1.0, id(1) < 1.5, id(2) > 1.5, id(a) > 12, id({1,2}) < {1,3}, id([]) > {},
     id(100000000000000000000) > 1.0e19, id(1.0e20) == 100000000000000000000, id(3) >= 3.0, id(3) /= 3.0,
     id(3) =/= 3.0, id([1|2]) < [1,2], id(atom) < "string"].
mixed(N) -> mixed(N, [1, 2.5, 3, -4, 100000000000000000000], 0).
mixed(_, [], Acc) -> Acc;
mixed(N, [X | Xs], Acc) -> mixed(N, Xs, Acc + X * N - X / 2).
bad(1) -> id(1.0e308) * 10;
bad(2) -> id(1) / 0;
bad(3) -> id(1.0) / 0.0;
bad(4) -> id(1) bsl a;
bad(5) -> id(1.5) band 1;
bad(6) -> id(1) bsl 100000000000;
bad(7) -> float(id(a));
bad(8) -> -id(x);
bad(9) -> id(10) rem 0;
bad(10) -> trunc(id(x));
bad(11) -> length(id([1|2]));
bad(12) -> hd(id([]));
bad(13) -> tl(id(x));
bad(14) -> tuple_size(id([]));
bad(15) -> setelement(id(0), {a}, b).
