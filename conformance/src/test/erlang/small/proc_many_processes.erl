-module(proc_many_processes).
-export([main/0]).
%% 10,000 processes each computing a value; results gathered in spawn order.
main() ->
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), fib(N rem 20)} end) || N <- lists:seq(1, 10000)],
    Sum = lists:foldl(fun(P, Acc) -> receive {P, V} -> Acc + V end end, 0, Pids),
    io:format("~w~n", [Sum]).
fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).
