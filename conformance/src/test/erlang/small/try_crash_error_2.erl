-module(try_crash_error_2).
-export([main/0]).
%% error/2 uncaught: the first stack frame carries the arguments.
main() ->
    check(id(-1)).
check(N) when N < 0 -> error(negative_input, [N]);
check(N) -> N.
id(X) -> lists:last([X]).
