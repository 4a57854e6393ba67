-module(arith_bignum_bitwise_neg).
-export([main/0]).
main() ->
    A = -(1 bsl 100) + 12345,
    B = (1 bsl 90) - 1,
    io:format("~w~n~w~n~w~n~w~n", [A band B, A bor B, A bxor B, bnot A]),
    io:format("~w~n", [A bsr 50]),
    io:format("~w~n", [A bsl 3]),
    io:format("~w~n", [(-1) bsr 1000]).
