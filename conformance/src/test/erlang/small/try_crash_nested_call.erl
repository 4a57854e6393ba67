-module(try_crash_nested_call).
-export([main/0]).
%% An uncaught error raised three calls deep: the stack trace lists each frame with its line.
main() ->
    a(id(x)).
a(X) -> [b(X)].
b(X) -> [c(X)].
c(X) -> list_to_integer(X).
id(X) -> lists:last([X]).
