-module(order_exact_vs_equal).
-export([main/0]).
main() ->
    io:format("~w ~w~n", [[1, 2.0] == [1.0, 2], [1, 2.0] =:= [1.0, 2]]),
    io:format("~w ~w~n", [{1} == {1.0}, {1} =:= {1.0}]),
    io:format("~w~n", [lists:member(1.0, [1, 2])]),
    io:format("~w~n", [lists:keyfind(1.0, 1, [{1, a}])]),
    io:format("~w~n", [lists:keyfind(1, 1, [{1.0, a}, {1, b}])]),
    io:format("~w ~w~n", [1 == 1.0 andalso 1 =/= 1.0, a =:= a]).
