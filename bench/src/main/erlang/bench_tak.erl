%% Calls and recursion: Takeuchi's function, deep non-tail recursion with three arguments,
%% repeated Size times.
-module(bench_tak).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 400.
quick_size() -> 4.

run(Times) -> repeat(Times, 0).

repeat(0, Acc) -> Acc;
repeat(Times, Acc) -> repeat(Times - 1, Acc + tak(18, 12, 6)).

tak(X, Y, Z) when Y < X ->
    tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_X, _Y, Z) ->
    Z.
