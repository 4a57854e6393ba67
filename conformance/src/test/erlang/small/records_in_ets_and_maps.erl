-module(records_in_ets_and_maps).
-export([main/0]).
-record(item, {sku, name, qty = 0}).
main() ->
    T = ets:new(items, [set, {keypos, #item.sku}]),
    ets:insert(T, [#item{sku = 1, name = "bolt", qty = 10}, #item{sku = 2, name = "nut"}]),
    io:format("~p~n", [ets:lookup(T, 1)]),
    io:format("~p~n", [lists:sort(ets:match(T, #item{sku = '$1', qty = 0, _ = '_'}))]),
    [#item{name = N}] = ets:lookup(T, 2),
    io:format("~s~n", [N]),
    M = #{first => #item{sku = 3}},
    #{first := #item{sku = S}} = M,
    io:format("~p~n", [S]).
