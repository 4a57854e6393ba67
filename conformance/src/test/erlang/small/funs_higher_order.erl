-module(funs_higher_order).
-export([main/0]).
main() ->
    Pipeline = [fun(L) -> lists:map(fun(X) -> X * 3 end, L) end,
                fun(L) -> lists:filter(fun(X) -> X rem 2 =:= 0 end, L) end,
                fun lists:reverse/1,
                fun(L) -> lists:sublist(L, 4) end],
    io:format("~w~n", [lists:foldl(fun(F, Acc) -> F(Acc) end, lists:seq(1, 20), Pipeline)]),
    Curry = fun(F) -> fun(A) -> fun(B) -> F(A, B) end end end,
    Add = Curry(fun erlang:'+'/2),
    io:format("~w~n", [((Add)(3))(4)]),
    io:format("~w~n", [fix(fun(Self) -> fun(0) -> 1; (N) -> N * (Self(Self))(N - 1) end end, 10)]).
fix(G, N) -> (G(G))(N).
