-module(ets_update_element_counter).
-export([main/0]).
main() ->
    T = ets:new(t, [set]),
    ets:insert(T, {k, 0, 10, name}),
    io:format("~p~n", [ets:update_counter(T, k, [{2, 1}, {3, -20, 0, 0}])]),
    io:format("~p~n", [ets:update_element(T, k, {4, newname})]),
    io:format("~p~n", [ets:update_element(T, nokey, {2, 1})]),
    io:format("~p~n", [ets:lookup(T, k)]),
    io:format("~p~n", [try ets:update_counter(T, k, {4, 1}) catch error:R -> R end]),
    io:format("~p~n", [ets:update_counter(T, k, {2, 100, 50, 7})]).
