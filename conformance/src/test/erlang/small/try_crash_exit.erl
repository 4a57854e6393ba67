-module(try_crash_exit).
-export([main/0]).
%% An uncaught exit in the -s call.
main() ->
    exit({id(deliberate), [1, 2, 3]}).
id(X) -> lists:last([X]).
