-module(ets_ordered_set).
-export([main/0]).
main() ->
    T = ets:new(os, [ordered_set]),
    ets:insert(T, [{K, K * K} || K <- [5, 3, 9, 1, 7]]),
    io:format("~p~n", [ets:tab2list(T)]),
    io:format("~p ~p~n", [ets:first(T), ets:last(T)]),
    io:format("~p ~p~n", [ets:next(T, 3), ets:prev(T, 3)]),
    io:format("~p~n", [ets:next(T, 9)]),
    io:format("~p~n", [walk(T, ets:first(T))]),
    io:format("~p~n", [ets:foldl(fun({K, _}, A) -> [K | A] end, [], T)]).
walk(_, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].
