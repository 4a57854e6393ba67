-module(arith_float_rounding).
-export([main/0]).
main() ->
    Fs = [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.0e20, -1.0e20, 4503599627370497.5, 0.49999999999999994],
    [io:format("~p: round ~p trunc ~p floor ~p ceil ~p~n", [F, round(F), trunc(F), floor(F), ceil(F)]) || F <- Fs].
