-module(ets_match_select).
-export([main/0]).
-include_lib("stdlib/include/ms_transform.hrl").
main() ->
    T = ets:new(people, [set]),
    ets:insert(T, [{1, ann, 31, dev}, {2, bob, 25, ops}, {3, cid, 40, dev}, {4, dee, 22, qa}]),
    io:format("~p~n", [lists:sort(ets:match(T, {'$1', '$2', '_', dev}))]),
    io:format("~p~n", [lists:sort(ets:match_object(T, {'_', '_', '_', dev}))]),
    MS = [{{'$1', '$2', '$3', '_'}, [{'>', '$3', 24}], [{{'$2', '$3'}}]}],
    io:format("~p~n", [lists:sort(ets:select(T, MS))]),
    io:format("~p~n", [ets:select_count(T, [{{'_', '_', '$1', '_'}, [{'<', '$1', 30}], [true]}])]),
    io:format("~p~n", [ets:select_delete(T, [{{'_', '_', '_', qa}, [], [true]}])]),
    io:format("~p~n", [lists:sort(ets:tab2list(T))]),
    io:format("~p~n", [ets:fun2ms(fun({Id, Name, _, ops}) -> {Id, Name} end)]),
    ets:match_delete(T, {'_', '_', '_', dev}),
    io:format("~p~n", [ets:tab2list(T)]).
