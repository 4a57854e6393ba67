%% Lists: quicksort written with list comprehensions over Size pseudo-random integers.
-module(bench_qsort).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 200000.
quick_size() -> 20000.

run(N) ->
    Sorted = qsort(jbeam_bench_lib:random_list(N, 42)),
    {length(Sorted), jbeam_bench_lib:checksum(Sorted)}.

qsort([]) -> [];
qsort([Pivot | Rest]) ->
    qsort([X || X <- Rest, X < Pivot]) ++ [Pivot | qsort([X || X <- Rest, X >= Pivot])].
