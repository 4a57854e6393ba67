-module(ets_bag_order).
-export([main/0]).
%% The order of one key's objects in bag and duplicate_bag tables: objects inserted one by one
%% read back in insertion order; erl 25 puts a list into a bag last object first, so one
%% list's objects read back reversed (a duplicate_bag keeps the list's order); take, lookup,
%% lookup_element and match_object agree on the order; set and ordered_set keep the last
%% object of a list with a repeated key.
main() ->
    [begin
         T = ets:new(t, [Type]),
         ets:insert(T, {k, 0}),
         ets:insert(T, [{k, 1}, {j, 1}, {k, 2}, {k, 3}, {j, 2}]),
         ets:insert(T, {k, 4}),
         ets:insert(T, [{k, 5}, {k, 6}, {k, 1}]),
         io:format("~p lookup ~p~n", [Type, ets:lookup(T, k)]),
         io:format("~p other key ~p~n", [Type, ets:lookup(T, j)]),
         io:format("~p elements ~p~n", [Type, ets:lookup_element(T, k, 2)]),
         io:format("~p match_object ~p~n", [Type, ets:match_object(T, {k, '_'})]),
         io:format("~p select ~p~n", [Type, ets:select(T, [{{k, '$1'}, [], ['$1']}])]),
         ets:delete_object(T, {k, 3}),
         ets:insert(T, {k, 3}),
         io:format("~p after re-adding 3 ~p~n", [Type, ets:lookup(T, k)]),
         io:format("~p take ~p then ~p~n", [Type, ets:take(T, k), ets:lookup(T, k)]),
         ets:delete(T)
     end || Type <- [set, ordered_set, bag, duplicate_bag]],
    [begin
         T = ets:new(t, [Type]),
         New = ets:insert_new(T, [{k, 1}, {k, 2}, {j, 0}]),
         Again = ets:insert_new(T, [{q, 1}, {j, 5}]),
         io:format("~p insert_new ~p ~p ~p ~p~n", [Type, New, Again, ets:lookup(T, k), ets:lookup(T, q)]),
         ets:delete(T)
     end || Type <- [set, ordered_set, bag, duplicate_bag]],
    ok.
