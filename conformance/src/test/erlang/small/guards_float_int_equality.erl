-module(guards_float_int_equality).
-export([main/0]).
main() ->
    [io:format("~p ~p~n", [X, f(X)]) || X <- [1, 1.0, 2, 2.0, 0, 0.0, -0.0]].
f(1) -> int_one;
f(X) when X == 1 -> equal_one;
f(2.0) -> float_two;
f(X) when X =:= 0 -> int_zero;
f(X) when X == 0 -> zero_ish;
f(_) -> other.
