-module(comp_nested_generators_filters).
-export([main/0]).
main() ->
    Board = [{R, C} || R <- lists:seq(1, 8), C <- lists:seq(1, 8)],
    Knight = fun({R, C}) -> [{R + DR, C + DC} || {DR, DC} <- [{1, 2}, {2, 1}, {-1, 2}, {-2, 1}, {1, -2}, {2, -1}, {-1, -2}, {-2, -1}],
                                                 R + DR >= 1, R + DR =< 8, C + DC >= 1, C + DC =< 8] end,
    io:format("~p~n", [length(Board)]),
    io:format("~p~n", [Knight({1, 1})]),
    io:format("~p~n", [lists:sum([length(Knight(P)) || P <- Board])]),
    io:format("~p~n", [[X || {X, Y} <- [{1, 1}, {2, 3}, {3, 3}], X =:= Y]]),
    io:format("~p~n", [<< <<C>> || C <- "hello", C > $g >>]).
