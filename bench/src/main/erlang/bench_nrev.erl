%% Lists: naive reverse (quadratic append) of a 30-element list, Size times; the classic
%% list-cell allocation benchmark.
-module(bench_nrev).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 20000.
quick_size() -> 2000.

run(Times) ->
    List = lists:seq(1, 30),
    repeat(Times, List, 0).

repeat(0, _List, Acc) -> Acc;
repeat(Times, List, Acc) ->
    Reversed = nrev(List),
    repeat(Times - 1, List, jbeam_bench_lib:mix(hd(Reversed) + length(Reversed), Acc)).

nrev([]) -> [];
nrev([H | T]) -> app(nrev(T), [H]).

app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].
