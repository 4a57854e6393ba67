-module(large_inventory_maps).
-export([main/0]).
%% A maps-heavy inventory: warehouses with items, orders applied in sequence (some failing),
%% restocking, nested updates and summaries printed in sorted order.

main() ->
    Inv0 = #{},
    Inv1 = lists:foldl(fun({W, Sku, Q, P}, I) -> add(W, Sku, Q, P, I) end, Inv0, stock()),
    summary("initial", Inv1),
    {Inv2, Log} = lists:foldl(fun apply_order/2, {Inv1, []}, orders()),
    [io:format("~p~n", [L]) || L <- lists:reverse(Log)],
    summary("after orders", Inv2),
    Low = low_stock(Inv2, 5),
    io:format("low stock: ~p~n", [Low]),
    Inv3 = lists:foldl(fun({W, Sku}, I) -> restock(W, Sku, 20, I) end, Inv2, Low),
    summary("after restock", Inv3),
    Totals = maps:fold(fun(_W, Items, Acc) ->
                               maps:fold(fun(Sku, #{qty := Q}, A) -> maps:update_with(Sku, fun(X) -> X + Q end, Q, A) end,
                                         Acc, Items)
                       end, #{}, Inv3),
    io:format("totals: ~p~n", [Totals]),
    Value = maps:fold(fun(_, Items, Acc) -> Acc + lists:sum([Q * P || #{qty := Q, price := P} <- maps:values(Items)]) end, 0, Inv3),
    io:format("value: ~.2f~n", [Value]),
    Bigger = lists:foldl(fun(N, I) -> add(big, N, N rem 7, N / 10, I) end, Inv3, lists:seq(1, 2000)),
    #{big := BigItems} = Bigger,
    io:format("big warehouse: ~p items, ~p units~n",
              [map_size(BigItems), lists:sum([Q || #{qty := Q} <- maps:values(BigItems)])]),
    io:format("~p~n", [maps:with([1, 2, 3], BigItems)]).

stock() ->
    [{north, bolt, 100, 0.10}, {north, nut, 80, 0.05}, {north, gear, 12, 4.50},
     {south, bolt, 30, 0.11}, {south, spring, 7, 1.25}, {south, gear, 3, 4.75},
     {east, lever, 9, 2.00}, {east, nut, 200, 0.04}].

orders() ->
    [{o1, north, bolt, 40}, {o2, south, gear, 5}, {o3, east, nut, 150}, {o4, west, bolt, 1},
     {o5, north, gear, 10}, {o6, south, spring, 7}, {o7, north, widget, 1}, {o8, east, lever, 5}].

add(W, Sku, Q, P, Inv) ->
    Items = maps:get(W, Inv, #{}),
    Item = case Items of
               #{Sku := #{qty := Old} = I} -> I#{qty := Old + Q};
               _ -> #{qty => Q, price => P}
           end,
    Inv#{W => Items#{Sku => Item}}.

apply_order({Id, W, Sku, Q}, {Inv, Log}) ->
    case Inv of
        #{W := #{Sku := #{qty := Have} = Item} = Items} when Have >= Q ->
            {Inv#{W := Items#{Sku := Item#{qty := Have - Q}}}, [{Id, shipped, Q * maps:get(price, Item)} | Log]};
        #{W := #{Sku := #{qty := Have}}} -> {Inv, [{Id, short, Have} | Log]};
        #{W := _} -> {Inv, [{Id, unknown_item, Sku} | Log]};
        _ -> {Inv, [{Id, unknown_warehouse, W} | Log]}
    end.

low_stock(Inv, Limit) ->
    lists:sort([{W, Sku} || {W, Items} <- maps:to_list(Inv), {Sku, #{qty := Q}} <- maps:to_list(Items), Q < Limit]).

restock(W, Sku, N, Inv) ->
    #{W := #{Sku := Item = #{qty := Q}} = Items} = Inv,
    Inv#{W := Items#{Sku := Item#{qty := Q + N}}}.

summary(Title, Inv) ->
    io:format("== ~s~n", [Title]),
    [begin
         io:format("~w:~n", [W]),
         [io:format("  ~-7w ~5w @ ~.2f~n", [Sku, Q, P]) || {Sku, #{qty := Q, price := P}} <- lists:sort(maps:to_list(Items))]
     end || {W, Items} <- lists:sort(maps:to_list(Inv))].
