-module(tuples_big_tuple).
-export([main/0]).
main() ->
    T = list_to_tuple(lists:seq(1, 1000)),
    io:format("~w ~w ~w~n", [tuple_size(T), element(500, T), element(1000, T)]),
    T2 = lists:foldl(fun(I, Acc) -> setelement(I, Acc, I * I) end, T, lists:seq(1, 1000, 37)),
    io:format("~w~n", [lists:sum(tuple_to_list(T2))]).
