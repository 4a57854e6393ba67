-module(arith_div_rem).
-export([main/0]).
main() ->
    Pairs = [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {100, 7}, {1 bsl 70, 3}, {-(1 bsl 70), 7}],
    [io:format("~w div ~w = ~w, rem = ~w~n", [A, B, A div B, A rem B]) || {A, B} <- Pairs].
