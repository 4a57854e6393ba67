-module(try_crash_badfun).
-export([main/0]).
%% Calling something that is not a fun, uncaught.
main() ->
    F = id({not_a, fun_value}),
    F(1).
id(X) -> lists:last([X]).
