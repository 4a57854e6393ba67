-module(try_crash_badarity).
-export([main/0]).
%% Calling a fun with the wrong number of arguments, uncaught.
main() ->
    F = id(fun(A, B) -> A + B end),
    F(1).
id(X) -> lists:last([X]).
