-module(try_crash_if_clause).
-export([main/0]).
%% No true branch in an if, uncaught.
main() ->
    X = id(5),
    if X > 10 -> big; X < 0 -> negative end.
id(X) -> lists:last([X]).
