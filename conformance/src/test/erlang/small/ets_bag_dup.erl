-module(ets_bag_dup).
-export([main/0]).
main() ->
    B = ets:new(b, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {k, 1}, {j, 3}]),
    io:format("~p~n", [lists:sort(ets:lookup(B, k))]),
    D = ets:new(d, [duplicate_bag]),
    ets:insert(D, [{k, 1}, {k, 2}, {k, 1}]),
    io:format("~p~n", [lists:sort(ets:lookup(D, k))]),
    ets:delete_object(D, {k, 1}),
    io:format("~p~n", [ets:lookup(D, k)]).
