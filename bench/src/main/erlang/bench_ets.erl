%% ETS: a set and an ordered_set table filled with Size rows, then lookups, update_counter,
%% a match-spec select, ordered traversal with next/2, deletes; tables dropped at the end.
-module(bench_ets).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 50000.
quick_size() -> 10000.

run(N) ->
    Set = ets:new(bench_set, [set, public]),
    Ordered = ets:new(bench_ordered, [ordered_set]),
    Keys = jbeam_bench_lib:random_list(N, 11),
    lists:foreach(fun(K) -> ets:insert(Set, {K, 0, K * 2}), ets:insert(Ordered, {K, K rem 97}) end, Keys),
    Found = lists:foldl(fun(K, Acc) -> Acc + length(ets:lookup(Set, K + 1)) end, 0, Keys),
    lists:foreach(fun(K) -> ets:update_counter(Set, K, {2, 1}) end, Keys),
    Small = ets:select(Ordered, [{{'$1', '$2'}, [{'<', '$2', 5}], ['$1']}]),
    Walk = walk(Ordered, ets:first(Ordered), 0, 0),
    lists:foreach(fun(K) -> ets:delete(Set, K) end, lists:sublist(Keys, N div 2)),
    Result = {ets:info(Set, size), ets:info(Ordered, size), Found,
              jbeam_bench_lib:checksum(Small), Walk,
              lists:sum([C || {_, C, _} <- ets:tab2list(Set)])},
    ets:delete(Set),
    ets:delete(Ordered),
    Result.

%% Walks the ordered_set in key order, summing positions times values.
walk(_Table, '$end_of_table', _Position, Acc) -> Acc;
walk(Table, Key, Position, Acc) ->
    [{Key, Value}] = ets:lookup(Table, Key),
    walk(Table, ets:next(Table, Key), Position + 1, jbeam_bench_lib:mix(Position * Value, Acc)).
