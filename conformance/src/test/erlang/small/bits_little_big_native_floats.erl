-module(bits_little_big_native_floats).
-export([main/0]).
main() ->
    [io:format("~w~n", [<<F:32/float-big, F:32/float-little, F:64/float-little>>]) || F <- [1.5, -2.0, 0.1]],
    <<A:32/float-little>> = <<0, 0, 192, 63>>,
    io:format("~p~n", [A]),
    <<B:16/float-little>> = <<0, 60>>,
    io:format("~p~n", [B]).
