%% The interpreted side of tj_prog's mixed-tier programs.
-module(tj_other).
-export([twice/1, nested/1, identity/1, catching/1, thrower/1, make_adder/1, call_back/1]).

twice(N) -> tj_prog:twice_back(N) + 1.

nested(0) -> [];
nested(N) -> [tj_prog:fib(N) | nested(N - 1)].

identity(X) -> X.

catching(N) ->
    try tj_prog:crash(N) of
        V -> {value, V}
    catch
        C:R -> {caught, C, R}
    end.

thrower(X) -> throw({from_other, X}).

make_adder(N) -> fun(X) -> X + N end.

call_back(X) -> R = tj_prog:level1(X), {R}.
