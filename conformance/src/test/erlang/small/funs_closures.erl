-module(funs_closures).
-export([main/0]).
main() ->
    Adders = [adder(N) || N <- [1, 10, 100]],
    io:format("~w~n", [[F(5) || F <- Adders]]),
    Counter = fun Loop(0, Acc) -> Acc; Loop(N, Acc) -> Loop(N - 1, [N | Acc]) end,
    io:format("~w~n", [Counter(5, [])]),
    Compose = fun(F, G) -> fun(X) -> F(G(X)) end end,
    Inc = fun(X) -> X + 1 end,
    Dbl = fun(X) -> X * 2 end,
    io:format("~w ~w~n", [(Compose(Inc, Dbl))(10), (Compose(Dbl, Inc))(10)]),
    {A, B} = {3, 4},
    Hyp = fun() -> A * A + B * B end,
    io:format("~w~n", [Hyp()]).
adder(N) -> fun(X) -> X + N end.
