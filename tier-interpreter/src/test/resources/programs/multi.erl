-module(multi).
-export([run/1]).
run(N) ->
    F = fib:fib(N),
    T = tak:tak(N, N div 2, N div 3),
    L = nrev:rev(nrev:seq(1, N)),
    Sum = nrev:sum(L),
    {F, T, Sum, lists:reverse(L), lists:sum(L), lists:max([F, T, Sum]), last(N)}.
last(N) -> fact:fact(N).
