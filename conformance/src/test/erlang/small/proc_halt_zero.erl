-module(proc_halt_zero).
-export([main/0]).
main() ->
    io:put_chars("halting with 0\n"),
    halt().
