%% Funs and higher-order code: closures capturing variables, fun composition, folds, maps,
%% filters and a continuation-passing loop; the cost of make_fun and call_fun.
-module(bench_funs).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 200000.
quick_size() -> 20000.

run(N) ->
    List = lists:seq(1, N),
    Scale = 3,
    Compose = fun(F, G) -> fun(X) -> G(F(X)) end end,
    Pipeline = lists:foldl(Compose, fun(X) -> X end,
                           [fun(X) -> X * Scale end, fun(X) -> X + 1 end, fun(X) -> X rem 1000 end]),
    Mapped = lists:map(Pipeline, List),
    Filtered = lists:filter(fun(X) -> X band 1 =:= 0 end, Mapped),
    Sum = lists:foldl(fun erlang:'+'/2, 0, Filtered),
    Adders = [adder(I) || I <- lists:seq(1, 10)],
    Applied = lists:foldl(fun(X, Acc) -> (lists:nth(X rem 10 + 1, Adders))(Acc) rem 1000003 end, 0, List),
    {Sum, Applied, cps_sum(N, fun(R) -> R end)}.

adder(I) -> fun(X) -> X + I end.

%% Sums 1..N in continuation-passing style: every step allocates a closure.
cps_sum(0, K) -> K(0);
cps_sum(N, K) when N rem 1000 =:= 0 -> K(cps_sum(N - 1, fun(R) -> R end) + N);
cps_sum(N, K) -> cps_sum(N - 1, fun(R) -> K(R + N) end).
