-module(control_deep_tail_calls).
-export([main/0]).
%% Tail calls in a loop of 10 million iterations run in constant stack.
main() ->
    io:format("~w~n", [loop(10000000, 0)]),
    io:format("~w~n", [even(1000001)]).
loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, Acc + (N band 3)).
even(0) -> true;
even(N) -> odd(N - 1).
odd(0) -> false;
odd(N) -> even(N - 1).
