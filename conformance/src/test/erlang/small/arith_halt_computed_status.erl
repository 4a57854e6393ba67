-module(arith_halt_computed_status).
-export([main/0]).
%% The exit status is computed: (sum of 1..10) rem 256.
main() ->
    S = lists:sum(lists:seq(1, 10)),
    io:format("sum ~w~n", [S]),
    erlang:halt(S rem 256).
