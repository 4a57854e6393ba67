-module(maps_large_keys_order).
-export([main/0]).
%% Maps past 32 keys switch to a hash layout; printing sorts them, so output is deterministic.
main() ->
    M = maps:from_list([{N, N * 2} || N <- lists:seq(1, 40)]),
    io:format("~p~n", [M]),
    io:format("~w~n", [maps:get(33, M)]),
    M2 = maps:without(lists:seq(5, 40), M),
    io:format("~p~n", [M2]),
    io:format("~w~n", [lists:sort(maps:keys(M)) =:= lists:seq(1, 40)]),
    S = maps:from_list([{integer_to_list(N), N} || N <- lists:seq(1, 35)]),
    io:format("~p~n", [S]).
