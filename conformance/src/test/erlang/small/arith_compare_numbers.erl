-module(arith_compare_numbers).
-export([main/0]).
main() ->
    Pairs = [{1, 1.0}, {1, 2}, {2.0, 1}, {1 bsl 64, 1.8446744073709552e19}, {-(1 bsl 70), 0.0},
             {1 bsl 53 + 1, float(1 bsl 53)}, {3, 3}],
    [io:format("~p ~p: == ~p =:= ~p < ~p >= ~p /= ~p =/= ~p~n",
               [A, B, A == B, A =:= B, A < B, A >= B, A /= B, A =/= B]) || {A, B} <- Pairs].
