-module(large_avl_tree).
-export([main/0]).
%% An AVL tree with insert, delete, lookup, in-order fold and range queries; the balance
%% invariant is checked after every batch, and results are compared with gb_trees.

main() ->
    Keys = [(N * 7919) rem 10007 || N <- lists:seq(1, 3000)],
    T = lists:foldl(fun(K, Acc) -> insert(K, K * 2, Acc) end, nil, Keys),
    io:format("size ~w height ~w balanced ~p~n", [tree_size(T), height(T), balanced(T)]),
    G = lists:foldl(fun(K, Acc) -> gb_trees:enter(K, K * 2, Acc) end, gb_trees:empty(), Keys),
    io:format("same as gb_trees: ~p~n", [to_list(T) =:= gb_trees:to_list(G)]),
    io:format("lookups ~p~n", [[lookup(K, T) || K <- [0, 7919, 5000, 10006, 42]]]),
    io:format("range 100..140 ~p~n", [range(100, 140, T)]),
    T2 = lists:foldl(fun(K, Acc) -> delete(K, Acc) end, T, lists:sublist(Keys, 1, 2000)),
    io:format("after deletes: size ~w height ~w balanced ~p~n", [tree_size(T2), height(T2), balanced(T2)]),
    G2 = lists:foldl(fun(K, Acc) -> gb_trees:delete_any(K, Acc) end, G, lists:sublist(Keys, 1, 2000)),
    io:format("same as gb_trees: ~p~n", [to_list(T2) =:= gb_trees:to_list(G2)]),
    io:format("min ~p max ~p~n", [hd(to_list(T2)), lists:last(to_list(T2))]),
    Seq = lists:foldl(fun(K, Acc) -> insert(K, x, Acc) end, nil, lists:seq(1, 1023)),
    io:format("sequential 1023: height ~w balanced ~p~n", [height(Seq), balanced(Seq)]),
    io:format("sum of values ~w~n", [fold(fun(_, V, A) -> A + V end, 0, T2)]).

%% node: {Key, Value, Left, Right, Height}
height(nil) -> 0;
height({_, _, _, _, H}) -> H.

node(K, V, L, R) -> {K, V, L, R, max(height(L), height(R)) + 1}.

insert(K, V, nil) -> {K, V, nil, nil, 1};
insert(K, V, {K2, V2, L, R, _}) when K < K2 -> rebalance(node(K2, V2, insert(K, V, L), R));
insert(K, V, {K2, V2, L, R, _}) when K > K2 -> rebalance(node(K2, V2, L, insert(K, V, R)));
insert(K, V, {K, _, L, R, H}) -> {K, V, L, R, H}.

delete(_, nil) -> nil;
delete(K, {K2, V2, L, R, _}) when K < K2 -> rebalance(node(K2, V2, delete(K, L), R));
delete(K, {K2, V2, L, R, _}) when K > K2 -> rebalance(node(K2, V2, L, delete(K, R)));
delete(_, {_, _, nil, R, _}) -> R;
delete(_, {_, _, L, nil, _}) -> L;
delete(_, {_, _, L, R, _}) ->
    {MK, MV} = min_node(R),
    rebalance(node(MK, MV, L, delete(MK, R))).

min_node({K, V, nil, _, _}) -> {K, V};
min_node({_, _, L, _, _}) -> min_node(L).

rebalance({K, V, L, R, _} = T) ->
    case height(L) - height(R) of
        2 -> {LK, LV, LL, LR, _} = L,
             case height(LL) >= height(LR) of
                 true -> rotate_right(T);
                 false -> rotate_right(node(K, V, rotate_left(node(LK, LV, LL, LR)), R))
             end;
        -2 -> {RK, RV, RL, RR, _} = R,
              case height(RR) >= height(RL) of
                  true -> rotate_left(T);
                  false -> rotate_left(node(K, V, L, rotate_right(node(RK, RV, RL, RR))))
              end;
        _ -> T
    end.

rotate_right({K, V, {LK, LV, LL, LR, _}, R, _}) -> node(LK, LV, LL, node(K, V, LR, R)).
rotate_left({K, V, L, {RK, RV, RL, RR, _}, _}) -> node(RK, RV, node(K, V, L, RL), RR).

lookup(_, nil) -> none;
lookup(K, {K2, _, L, _, _}) when K < K2 -> lookup(K, L);
lookup(K, {K2, _, _, R, _}) when K > K2 -> lookup(K, R);
lookup(_, {_, V, _, _, _}) -> {value, V}.

fold(_, Acc, nil) -> Acc;
fold(F, Acc, {K, V, L, R, _}) -> fold(F, F(K, V, fold(F, Acc, L)), R).

to_list(T) -> lists:reverse(fold(fun(K, V, A) -> [{K, V} | A] end, [], T)).
tree_size(T) -> fold(fun(_, _, A) -> A + 1 end, 0, T).

range(_, _, nil) -> [];
range(Lo, Hi, {K, _, L, R, _}) ->
    (case Lo < K of true -> range(Lo, Hi, L); false -> [] end) ++
    (case K >= Lo andalso K =< Hi of true -> [K]; false -> [] end) ++
    (case Hi > K of true -> range(Lo, Hi, R); false -> [] end).

balanced(nil) -> true;
balanced({_, _, L, R, H} = T) ->
    abs(height(L) - height(R)) =< 1 andalso H =:= max(height(L), height(R)) + 1
        andalso balanced(L) andalso balanced(R) andalso T =/= nil.
