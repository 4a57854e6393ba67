-module(fib).
-export([fib/1]).
fib(0) -> 0;
fib(1) -> 1;
fib(N) when is_integer(N), N > 1 -> fib(N - 1) + fib(N - 2).
