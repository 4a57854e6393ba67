-module(arith_sum_10m).
-export([main/0]).
%% A ten-million-element list built and summed.
main() ->
    L = lists:seq(1, 10000000),
    io:format("~w~n", [lists:sum(L)]),
    io:format("~w~n", [length(L)]).
