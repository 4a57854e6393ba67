-module(arith_bitwise).
-export([main/0]).
main() ->
    Vals = [0, 1, -1, 255, -256, 16#5A5A, 1 bsl 70, -(1 bsl 70) + 3],
    [io:format("~w: band ~w bor ~w bxor ~w bnot ~w~n",
               [V, V band 16#F0F0, V bor 16#0F, V bxor -1, bnot V]) || V <- Vals].
