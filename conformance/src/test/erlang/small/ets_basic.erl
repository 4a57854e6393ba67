-module(ets_basic).
-export([main/0]).
main() ->
    T = ets:new(t, [set]),
    true = ets:insert(T, [{a, 1}, {b, 2}, {c, 3}]),
    io:format("~p~n", [ets:lookup(T, b)]),
    io:format("~p~n", [ets:lookup(T, z)]),
    ets:insert(T, {b, 20}),
    io:format("~p~n", [ets:lookup_element(T, b, 2)]),
    io:format("~p~n", [ets:member(T, c)]),
    ets:delete(T, c),
    io:format("~p~n", [lists:sort(ets:tab2list(T))]),
    io:format("~p~n", [ets:info(T, size)]),
    io:format("~p~n", [ets:insert_new(T, {a, 9})]),
    io:format("~p~n", [ets:update_counter(T, a, 5)]),
    io:format("~p~n", [ets:update_counter(T, new, {2, 1}, {new, 100})]),
    io:format("~p~n", [ets:take(T, a)]),
    ets:delete(T),
    io:format("~p~n", [try ets:lookup(T, a) catch error:R -> R end]).
