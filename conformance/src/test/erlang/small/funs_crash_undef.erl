-module(funs_crash_undef).
-export([main/0]).
%% Calling a function that exists nowhere, uncaught: undef.
main() ->
    M = id(no_such_module_here),
    M:go(1, 2).
id(X) -> lists:last([X]).
