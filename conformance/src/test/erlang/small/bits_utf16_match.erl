-module(bits_utf16_match).
-export([main/0]).
main() ->
    Cps = [$A, 16#3B1, 16#1F600, 16#FFFF],
    Big = << <<C/utf16>> || C <- Cps >>,
    Little = << <<C/utf16-little>> || C <- Cps >>,
    io:format("~w~n~w~n", [Big, Little]),
    io:format("~w~n", [[C || <<C/utf16>> <= Big]]),
    io:format("~w~n", [[C || <<C/utf16-little>> <= Little]]).
