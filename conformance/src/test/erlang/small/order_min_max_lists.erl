-module(order_min_max_lists).
-export([main/0]).
main() ->
    L = [{3, c}, [x], a, 7, 7.5, <<"z">>, {1, a, b}, #{k => v}],
    io:format("~w ~w~n", [lists:max(L), lists:min(L)]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A >= B end, L)]).
