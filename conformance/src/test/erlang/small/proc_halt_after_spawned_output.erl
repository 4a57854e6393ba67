-module(proc_halt_after_spawned_output).
-export([main/0]).
%% A child prints, the parent waits for it, then halts with status 2: all output is kept.
main() ->
    Self = self(),
    spawn(fun() -> io:format("child line~n"), Self ! done end),
    receive done -> ok end,
    io:format("parent line~n"),
    halt(2).
