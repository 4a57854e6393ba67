-module(error_crash_badarith).
-export([main/0]).

%% An uncaught error in the -s call: erl prints "init terminating in do_boot" and exits 1.
main() ->
    X = id(0),
    10 div X.

%% Hides the value from the compiler, which would otherwise warn that the division fails.
id(X) -> lists:last([X]).
