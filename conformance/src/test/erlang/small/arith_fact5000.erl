-module(arith_fact5000).
-export([main/0]).
main() ->
    F = fact(5000),
    io:format("~w~n", [F]),
    io:format("~w digits~n", [length(integer_to_list(F))]).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
