-module(lists_basic_bifs).
-export([main/0]).
main() ->
    L = [3, 1, 4, 1, 5, 9, 2, 6],
    io:format("~w ~w ~w ~w~n", [hd(L), tl(L), length(L), lists:reverse(L)]),
    io:format("~w~n", [L ++ [a, b]]),
    io:format("~w~n", [L -- [1, 9, 7]]),
    io:format("~w~n", [lists:reverse(L, [x, y])]),
    io:format("~w ~w~n", [lists:member(5, L), lists:member(8, L)]),
    io:format("~w~n", [[X * 2 || X <- L, X > 2]]).
