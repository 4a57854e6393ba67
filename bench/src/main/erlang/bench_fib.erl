%% Calls and recursion: the doubly recursive Fibonacci function (body calls, integer
%% arithmetic and comparisons, nothing else).
-module(bench_fib).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 32.
quick_size() -> 20.

run(N) -> fib(N).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
