-module(funs_recursive_named).
-export([main/0]).
main() ->
    Fib = fun F(0) -> 0; F(1) -> 1; F(N) -> F(N - 1) + F(N - 2) end,
    io:format("~w~n", [[Fib(N) || N <- lists:seq(0, 20)]]),
    Walk = fun W({node, L, V, R}) -> W(L) ++ [V] ++ W(R); W(leaf) -> [] end,
    T = {node, {node, leaf, 1, leaf}, 2, {node, {node, leaf, 3, leaf}, 4, leaf}},
    io:format("~w~n", [Walk(T)]).
