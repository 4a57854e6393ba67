-module(bits_float_special).
-export([main/0]).
main() ->
    io:format("~w~n", [<<1.0:32/float-little>>]),
    io:format("~w~n", [<<0.1:16/float>>]),
    <<H:16/float>> = <<0.1:16/float>>,
    io:format("~p~n", [H]),
    io:format("~w~n", [case <<16#7FF0000000000000:64>> of <<F:64/float>> -> {ok, F}; _ -> not_a_number end]),
    io:format("~w~n", [case <<16#3FF0000000000000:64>> of <<F2:64/float>> -> {ok, F2}; _ -> nan end]).
