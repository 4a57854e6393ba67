-module(arith_bigdiv).
-export([main/0]).
main() ->
    A = 1 bsl 200 + 12345,
    B = 987654321987654321,
    io:format("~w~n~w~n", [A div B, A rem B]),
    io:format("~w~n~w~n", [(-A) div B, (-A) rem B]),
    io:format("~w~n", [A div (A - 1)]),
    io:format("~w~n", [fact(40) div fact(38)]).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
