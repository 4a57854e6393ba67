-module(arith_pow_big).
-export([main/0]).
main() ->
    [io:format("3^~w = ~w~n", [N, pow(3, N)]) || N <- [0, 1, 10, 39, 40, 41, 100, 250]],
    io:format("~w~n", [pow(-2, 127)]),
    io:format("~w~n", [pow(10, 60) - 1]).
pow(_, 0) -> 1;
pow(B, N) when N rem 2 =:= 0 -> H = pow(B, N div 2), H * H;
pow(B, N) -> B * pow(B, N - 1).
