-module(proc_halt_status).
-export([main/0]).
%% halt/1 ends the VM with that status after output is flushed.
main() ->
    io:format("about to halt~n"),
    halt(3).
