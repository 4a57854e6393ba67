-module(arith_deep_recursion).
-export([main/0]).
%% Non-tail recursion one million calls deep.
%% not under stress: a collection at each of a million nested heap tests scans the stack below it, quadratic work (days)
main() ->
    io:format("~w~n", [sum(1000000)]),
    io:format("~w~n", [length(build(1000000))]).
sum(0) -> 0;
sum(N) -> N + sum(N - 1).
build(0) -> [];
build(N) -> [N | build(N - 1)].
