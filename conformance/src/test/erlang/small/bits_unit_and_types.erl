-module(bits_unit_and_types).
-export([main/0]).
main() ->
    <<A:2/unit:8, B:1/binary-unit:16, C/binary>> = <<1, 2, 3, 4, 5, 6>>,
    io:format("~w ~w ~w~n", [A, B, C]),
    io:format("~w~n", [<<5:3/unit:4>>]),
    <<X:4/bytes, _/bytes>> = <<"abcdefg">>,
    io:format("~p~n", [X]),
    <<Y:2/bits, Z/bits>> = <<2#10110000>>,
    io:format("~w ~w~n", [Y, Z]),
    io:format("~w~n", [<<1:64/native-unsigned>> =:= <<1:64/little>>]).
