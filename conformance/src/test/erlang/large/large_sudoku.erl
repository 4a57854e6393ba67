-module(large_sudoku).
-export([main/0]).
%% A sudoku solver: constraint propagation over candidate sets (a map from cell to a list of
%% digits) and depth-first search choosing the cell with the fewest candidates.

main() ->
    Puzzles = ["53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
               "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
               "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......"],
    lists:foreach(fun(P) -> solve_and_print(P) end, Puzzles),
    io:format("~p~n", [solve(parse("11..............................................................................."))]).

solve_and_print(P) ->
    case solve(parse(P)) of
        {ok, Grid} -> print(Grid), io:format("valid: ~p~n", [valid(Grid)]);
        Other -> io:format("~p~n", [Other])
    end.

cells() -> [{R, C} || R <- lists:seq(0, 8), C <- lists:seq(0, 8)].

peers({R, C}) ->
    lists:usort([{R, X} || X <- lists:seq(0, 8)] ++ [{X, C} || X <- lists:seq(0, 8)] ++
                [{R div 3 * 3 + I, C div 3 * 3 + J} || I <- [0, 1, 2], J <- [0, 1, 2]]) -- [{R, C}].

parse(S) -> lists:zip(cells(), [case Ch of $. -> 0; _ -> Ch - $0 end || Ch <- S]).

solve(Givens) ->
    Start = maps:from_list([{Cell, lists:seq(1, 9)} || Cell <- cells()]),
    case lists:foldl(fun({Cell, D}, {ok, G}) when D > 0 -> assign(G, Cell, D);
                        (_, Acc) -> Acc end, {ok, Start}, Givens) of
        {ok, G} -> search(G);
        Fail -> Fail
    end.

assign(G, Cell, D) ->
    Others = maps:get(Cell, G) -- [D],
    lists:foldl(fun(X, {ok, Acc}) -> eliminate(Acc, Cell, X); (_, Fail) -> Fail end, {ok, G}, Others).

eliminate(G, Cell, D) ->
    Cands = maps:get(Cell, G),
    case lists:member(D, Cands) of
        false -> {ok, G};
        true ->
            case Cands -- [D] of
                [] -> contradiction;
                [Only] = Rest ->
                    lists:foldl(fun(P, {ok, Acc}) -> eliminate(Acc, P, Only); (_, Fail) -> Fail end,
                                {ok, G#{Cell := Rest}}, peers(Cell));
                Rest -> {ok, G#{Cell := Rest}}
            end
    end.

search(G) ->
    Open = [{length(Cs), Cell} || {Cell, Cs} <- lists:sort(maps:to_list(G)), length(Cs) > 1],
    case Open of
        [] -> {ok, G};
        _ ->
            {_, Cell} = lists:min(Open),
            try_digits(G, Cell, maps:get(Cell, G))
    end.

try_digits(_, _, []) -> no_solution;
try_digits(G, Cell, [D | Ds]) ->
    case assign(G, Cell, D) of
        {ok, G2} -> case search(G2) of {ok, _} = Done -> Done; _ -> try_digits(G, Cell, Ds) end;
        _ -> try_digits(G, Cell, Ds)
    end.

print(G) ->
    [begin
         Row = [integer_to_list(hd(maps:get({R, C}, G))) ++ sep(C) || C <- lists:seq(0, 8)],
         io:format("~s~n", [Row]),
         case R of 2 -> io:format("------+-------+------~n"); 5 -> io:format("------+-------+------~n"); _ -> ok end
     end || R <- lists:seq(0, 8)],
    ok.
sep(2) -> " | ";
sep(5) -> " | ";
sep(8) -> "";
sep(_) -> " ".

valid(G) ->
    Units = [[{R, C} || C <- lists:seq(0, 8)] || R <- lists:seq(0, 8)] ++
            [[{R, C} || R <- lists:seq(0, 8)] || C <- lists:seq(0, 8)] ++
            [[{BR * 3 + I, BC * 3 + J} || I <- [0, 1, 2], J <- [0, 1, 2]] || BR <- [0, 1, 2], BC <- [0, 1, 2]],
    lists:all(fun(U) -> lists:sort([hd(maps:get(Cell, G)) || Cell <- U]) =:= lists:seq(1, 9) end, Units).
