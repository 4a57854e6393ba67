-module(tr_other).
-export([f/1, g/1]).

f(ok) -> ok.

g(N) when N > 0 -> [N | g(N - 1)];
g(0) -> lists:foldl(fun(X, Acc) -> X + Acc end, 0, [1, two, 3]).
