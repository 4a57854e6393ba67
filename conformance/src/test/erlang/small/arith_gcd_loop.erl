-module(arith_gcd_loop).
-export([main/0]).
main() ->
    [io:format("gcd(~w,~w)=~w~n", [A, B, gcd(A, B)]) || {A, B} <- [{12, 18}, {17, 5}, {1 bsl 100, 1 bsl 60 * 3}, {0, 9}]],
    io:format("~w~n", [lists:foldl(fun(X, Acc) -> lcm(X, Acc) end, 1, lists:seq(1, 50))]).
gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).
lcm(A, B) -> A * B div gcd(A, B).
