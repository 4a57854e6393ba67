-module(arith_crash_badarg_bif).
-export([main/0]).
%% integer_to_list with a bad base, uncaught.
main() ->
    integer_to_list(id(10), id(99)).
id(X) -> lists:last([X]).
