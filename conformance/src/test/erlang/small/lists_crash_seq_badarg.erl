-module(lists_crash_seq_badarg).
-export([main/0]).
%% A badarg raised inside a library function, uncaught: the first frame is in lists.
main() ->
    lists:seq(id(10), id(1), id(1)).
id(X) -> lists:last([X]).
