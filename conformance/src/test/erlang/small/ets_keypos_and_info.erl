-module(ets_keypos_and_info).
-export([main/0]).
main() ->
    T = ets:new(recs, [set, {keypos, 2}]),
    ets:insert(T, [{user, 1, ann}, {user, 2, bob}]),
    io:format("~p~n", [ets:lookup(T, 2)]),
    io:format("~p~n", [ets:info(T, keypos)]),
    io:format("~p~n", [ets:info(T, size)]),
    io:format("~p~n", [try ets:insert(T, {short}) catch error:R -> R end]),
    ets:delete_all_objects(T),
    io:format("~p~n", [ets:info(T, size)]),
    io:format("~p~n", [ets:info(T, owner) =:= self()]),
    io:format("~p~n", [ets:info(T, read_concurrency)]).
