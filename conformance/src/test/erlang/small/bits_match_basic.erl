-module(bits_match_basic).
-export([main/0]).
main() ->
    Bin = <<1, 2, 0, 3, 255, 255, 255, 254, "rest">>,
    <<A:8, B:8, C:16, D:32/signed, Rest/binary>> = Bin,
    io:format("~w ~w ~w ~w ~p~n", [A, B, C, D, Rest]),
    <<E:4, F:4, _/bits>> = Bin,
    io:format("~w ~w~n", [E, F]),
    <<G:16/little, _/binary>> = Bin,
    io:format("~w~n", [G]),
    <<H:3, I:5, J/bitstring>> = <<255, 1:2>>,
    io:format("~w ~w ~w~n", [H, I, J]),
    <<Fl:64/float>> = <<3.25/float>>,
    io:format("~p~n", [Fl]).
