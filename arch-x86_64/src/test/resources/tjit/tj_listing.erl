%% A few functions for the template JIT's perf map and asm dump: local and body recursion,
%% arithmetic with a slow path, a list walk and a caught exception.
-module(tj_listing).
-export([main/0]).

main() -> {fib(15), sum([1, 2, 3], 0), catch_it()}.

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

sum([], Acc) -> Acc;
sum([H | T], Acc) -> sum(T, Acc + H).

catch_it() ->
    try erlang:error(oops) catch error:Reason -> Reason end.
