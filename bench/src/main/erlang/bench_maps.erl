%% Maps: update- and lookup-heavy code on a small map (the flat layout, under 33 keys) and a
%% large one (the hash-array mapped trie), with :=, =>, maps:get/3 and maps:update_with/4.
-module(bench_maps).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 300000.
quick_size() -> 30000.

run(N) ->
    Keys = jbeam_bench_lib:random_list(N, 3),
    Counts = lists:foldl(fun(K, Map) -> maps:update_with(K rem 5000, fun(C) -> C + 1 end, 1, Map) end,
                         #{}, Keys),
    Small = lists:foldl(fun small_update/2, #{a => 0, b => 0, c => 0, d => 0, e => 0}, Keys),
    Hits = lists:foldl(fun(K, Acc) -> Acc + maps:get(K rem 7000, Counts, 0) end, 0, Keys),
    {map_size(Counts), Hits, lists:sort(maps:to_list(Small)),
     jbeam_bench_lib:checksum(lists:sort(maps:values(Counts)))}.

small_update(K, #{a := A, b := B} = Map) when K rem 3 =:= 0 ->
    Map#{a := A + 1, b := B + K rem 10};
small_update(K, #{c := C, d := D} = Map) when K rem 3 =:= 1 ->
    Map#{c := C + 1, d := D + K rem 10};
small_update(K, #{e := E} = Map) ->
    Map#{e := E + 1, {last, K rem 4} => K}.
