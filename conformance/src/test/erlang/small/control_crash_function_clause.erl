-module(control_crash_function_clause).
-export([main/0]).
%% An uncaught function_clause: the stack trace's first entry carries the arguments.
main() ->
    f(id(7), id(atom)).
f(X, Y) when is_integer(Y) -> X + Y.
id(X) -> lists:last([X]).
