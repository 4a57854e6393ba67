-module(try_catch_in_guard_fun).
-export([main/0]).
%% Errors inside a fun called from a list comprehension are caught per element.
main() ->
    Safe = fun(F, X) -> try {ok, F(X)} catch C:R -> {C, R} end end,
    Ops = [fun(X) -> 10 div X end, fun(X) -> element(X, {a, b}) end, fun(X) -> atom_to_list(X) end],
    [io:format("~p~n", [[Safe(Op, X) || X <- [0, 1, 2, a]]]) || Op <- Ops].
