-module(large_game_of_life).
-export([main/0]).
%% Conway's game of life on a torus, cells in a sets:set (version 2, map-backed), with a
%% glider, a blinker and an R-pentomino; prints boards and population counts.

main() ->
    W = 20, H = 12,
    Glider = [{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}],
    Blinker = [{10, 5}, {11, 5}, {12, 5}],
    Board0 = sets:from_list(Glider ++ Blinker, [{version, 2}]),
    show(0, Board0, W, H),
    B4 = run(Board0, W, H, 4),
    show(4, B4, W, H),
    B40 = run(B4, W, H, 36),
    show(40, B40, W, H),
    R = sets:from_list([{X + 30, Y + 30} || {X, Y} <- [{1, 0}, {2, 0}, {0, 1}, {1, 1}, {1, 2}]], [{version, 2}]),
    Pops = populations(R, 64, 64, 200),
    io:format("r-pentomino populations: ~w~n", [[P || {G, P} <- Pops, G rem 20 =:= 0]]),
    io:format("max ~w~n", [lists:max([P || {_, P} <- Pops])]).

run(B, _, _, 0) -> B;
run(B, W, H, N) -> run(step(B, W, H), W, H, N - 1).

step(B, W, H) ->
    Counts = sets:fold(fun({X, Y}, Acc) ->
                               lists:foldl(fun(N, A) -> maps:update_with(N, fun(C) -> C + 1 end, 1, A) end, Acc,
                                           [{(X + DX + W) rem W, (Y + DY + H) rem H} || DX <- [-1, 0, 1], DY <- [-1, 0, 1], {DX, DY} =/= {0, 0}])
                       end, #{}, B),
    sets:from_list([Cell || {Cell, C} <- maps:to_list(Counts), C =:= 3 orelse (C =:= 2 andalso sets:is_element(Cell, B))],
                   [{version, 2}]).

show(Gen, B, W, H) ->
    io:format("generation ~w, population ~w~n", [Gen, sets:size(B)]),
    [io:format("~s~n", [[case sets:is_element({X, Y}, B) of true -> $#; false -> $. end || X <- lists:seq(0, W - 1)]])
     || Y <- lists:seq(0, H - 1)],
    ok.

populations(B, W, H, N) -> populations(B, W, H, N, 0, []).
populations(_, _, _, N, G, Acc) when G > N -> lists:reverse(Acc);
populations(B, W, H, N, G, Acc) -> populations(step(B, W, H), W, H, N, G + 1, [{G, sets:size(B)} | Acc]).
