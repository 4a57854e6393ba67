-module(hof).
-export([run/1, bad/1, run2/0, dyn/1]).
id(X) -> X.
adder(N) -> fun(X) -> X + N end.
compose(F, G) -> fun(X) -> F(G(X)) end.
run(N) ->
    L = lists:seq(1, N),
    Add3 = adder(3),
    Twice = compose(Add3, Add3),
    {lists:map(Add3, L), lists:foldl(fun(X, Acc) -> X * Acc end, 1, L), lists:filter(fun(X) -> X rem 2 =:= 0 end, L),
     Twice(N), lists:map(fun erlang:abs/1, [-1, 2, -3]), lists:map(fun id/1, [a, b]),
     (fun hof:run2/0)(), is_function(Add3), is_function(Add3, 1), is_function(Add3, 2), is_function(id(x)),
     lists:sort(fun(A, B) -> A > B end, L), lists:foldr(fun(X, Acc) -> [X | Acc] end, [], [x, y, z]),
     [F(10) || F <- [adder(K) || K <- [1, 2]]]}.
bad(1) -> (id(not_a_fun))(1);
bad(2) -> (adder(1))(1, 2);
bad(3) -> (fun erlang:no_such/0)().
run2() -> exported_fun_called.
dyn(N) ->
    M = id(lists), F = id(reverse), G = id(fib),
    {M:F([1, 2, N]), apply(M, F, [[a, b]]), fib:G(N), erlang:apply(hof, run2, []), (id(erlang)):abs(-N),
     [is_pid(X) orelse is_port(X) orelse is_reference(X) orelse is_binary(X) orelse is_map(X) || X <- [N, a]],
     tail_apply(N)}.
tail_apply(N) -> M = id(fact), M:fact(N).
