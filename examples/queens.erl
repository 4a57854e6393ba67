%% The N-queens puzzle: counts every way to place N queens on an N x N board so that none
%% attacks another, and draws the first solution. Run it with `bin/jbeam examples/queens.erl 8`
%% (or `erl` after `erlc`: `erl -noshell -run queens main 8 -s init stop`).
-module(queens).
-export([main/1]).

main([Arg]) ->
    N = list_to_integer(Arg),
    Solutions = solve(N),
    io:format("~b queens: ~b solutions~n", [N, length(Solutions)]),
    case Solutions of
        [First | _] -> [io:format("~s~n", [row(Column, N)]) || Column <- First];
        [] -> ok
    end;
main(_) ->
    io:format("usage: queens N~n"),
    halt(2).

%% Every solution, as the queen's column in each row, top row first.
solve(N) -> place(N, N, []).

place(0, _N, Placed) -> [lists:reverse(Placed)];
place(Rows, N, Placed) ->
    lists:append([place(Rows - 1, N, [Column | Placed])
                  || Column <- lists:seq(1, N), safe(Column, Placed, 1)]).

%% A queen in Column is safe from the ones placed above (nearest first).
safe(_Column, [], _Distance) -> true;
safe(Column, [Other | Rest], Distance) ->
    Column =/= Other andalso abs(Column - Other) =/= Distance andalso safe(Column, Rest, Distance + 1).

row(Column, N) -> [if C =:= Column -> $Q; true -> $. end || C <- lists:seq(1, N)].
