-module(arith_bigmul).
-export([main/0]).

main() ->
    A = 123456789012345678901234567890,
    B = -987654321098765432109876543210,
    io:format("~w~n", [A * B]),
    io:format("~w~n", [A * A * A]),
    io:format("~w~n", [(1 bsl 64) * (1 bsl 64)]),
    io:format("~w~n", [16#FFFFFFFFFFFFFFF * 16#FFFFFFFFFFFFFFF]),
    io:format("~w~n", [-1 * (1 bsl 59)]).
