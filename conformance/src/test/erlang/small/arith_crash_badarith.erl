-module(arith_crash_badarith).
-export([main/0]).
%% An uncaught badarith in the -s call: erl prints "init terminating in do_boot" and exits 1.
main() ->
    add(id(1), id(atom)).
add(A, B) -> A + B.
id(X) -> lists:last([X]).
