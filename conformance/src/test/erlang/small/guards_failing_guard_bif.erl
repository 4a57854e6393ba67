-module(guards_failing_guard_bif).
-export([main/0]).
%% An exception inside a guard makes the guard fail instead of raising.
main() ->
    [io:format("~p~n", [f(X)]) || X <- [[1, 2], atom, {1}, <<>>]].
f(X) when length(X) > 1 -> long;
f(X) when element(1, X) =:= 1 -> tuple_one;
f(X) when hd(X) =:= 0 -> never;
f(X) when byte_size(X) >= 0 -> binary;
f(_) -> fallback.
