%% Lists: the library's merge sort (lists:sort/1) on 100,000 pseudo-random integers, and
%% on tuples keyed by them (lists:keysort/2), so the sort's term comparisons dominate.
-module(bench_lists_sort).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 100000.
quick_size() -> 10000.

run(N) ->
    Numbers = jbeam_bench_lib:random_list(N, 7),
    Sorted = lists:sort(Numbers),
    Pairs = lists:keysort(2, [{I, X} || {I, X} <- lists:zip(lists:seq(1, N), Numbers)]),
    {jbeam_bench_lib:checksum(Sorted), jbeam_bench_lib:checksum([I || {I, _} <- Pairs])}.
