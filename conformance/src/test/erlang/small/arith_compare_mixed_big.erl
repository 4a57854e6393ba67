-module(arith_compare_mixed_big).
-export([main/0]).
main() ->
    Big = 1 bsl 1100,
    io:format("~p~n", [Big > 1.0e300]),
    io:format("~p~n", [-Big < -1.0e300]),
    io:format("~p~n", [catch float(id(Big))]),
    io:format("~p~n", [lists:sort([1.0e300, Big, -Big, 0, 1.0e-300])  =:= [-Big, 0, 1.0e-300, 1.0e300, Big]]).
id(X) -> lists:last([X]).
