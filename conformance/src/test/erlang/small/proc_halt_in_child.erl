-module(proc_halt_in_child).
-export([main/0]).
%% A child process halts the VM with status 9 while main waits.
main() ->
    io:format("main waits~n"),
    spawn(fun() -> io:format("child halts~n"), erlang:halt(9) end),
    receive never -> ok end.
