-module(arith_fib_big).
-export([main/0]).
main() ->
    [io:format("fib(~w) = ~w~n", [N, fib(N)]) || N <- [10, 50, 90, 91, 92, 100, 300, 1000]].
fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).
