-module(lib_gb_trees).
-export([main/0]).
main() ->
    T = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, K * 10, Acc) end, gb_trees:empty(), [5, 2, 8, 1, 9, 3]),
    io:format("~w~n", [gb_trees:to_list(T)]),
    io:format("~w ~w~n", [gb_trees:lookup(8, T), gb_trees:lookup(7, T)]),
    io:format("~w~n", [gb_trees:get(3, T)]),
    io:format("~w ~w~n", [gb_trees:smallest(T), gb_trees:largest(T)]),
    T2 = gb_trees:delete(5, gb_trees:update(2, twenty, T)),
    io:format("~w~n", [gb_trees:to_list(T2)]),
    io:format("~w ~w~n", [gb_trees:size(T2), gb_trees:is_defined(5, T2)]),
    io:format("~w~n", [gb_trees:keys(T2)]),
    io:format("~w~n", [gb_trees:values(gb_trees:map(fun(_, V) -> {v, V} end, T2))]),
    {K, V, T3} = gb_trees:take_smallest(T2),
    io:format("~w ~w ~w~n", [K, V, gb_trees:size(T3)]),
    It = gb_trees:iterator_from(4, T),
    {K2, _, _} = gb_trees:next(It),
    io:format("~w~n", [K2]),
    io:format("~w~n", [gb_trees:enter(100, x, T3) =/= T3]).
