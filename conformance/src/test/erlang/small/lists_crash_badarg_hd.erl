-module(lists_crash_badarg_hd).
-export([main/0]).
%% hd([]) raises badarg; uncaught in -s, erl prints it and exits 1.
main() ->
    hd(id([])).
id(X) -> lists:last([X]).
