-module(proc_monitor_chain).
-export([main/0]).
%% A chain of 500 processes, each monitoring the next: when the last one ends, each member
%% sees the 'DOWN' of the one it watched and ends with a reason that wraps it, so the first
%% member's reason, seen by main, is nested 500 deep.
main() ->
    First = spawn(fun() -> watcher(499) end),
    Ref = monitor(process, First),
    First ! go,
    receive {'DOWN', Ref, process, First, Reason} -> io:format("depth ~p, innermost ~p~n", [depth(Reason, 0), innermost(Reason)]) end,
    %% demonitor with flush drops a 'DOWN' already queued; info says whether one was active.
    P = spawn(fun() -> ok end),
    R = monitor(process, P),
    receive after 20 -> ok end,
    io:format("~p~n", [demonitor(R, [flush, info])]),
    io:format("~p~n", [demonitor(make_ref(), [info])]),
    receive Any -> io:format("unexpected ~p~n", [Any]) after 0 -> io:format("queue empty~n") end.

watcher(0) ->
    receive go -> exit(last_one) end;
watcher(N) ->
    Next = spawn(fun() -> watcher(N - 1) end),
    Ref = monitor(process, Next),
    receive go -> Next ! go end,
    receive {'DOWN', Ref, process, Next, Why} -> exit({saw, Why}) end.

depth({saw, Inner}, D) -> depth(Inner, D + 1);
depth(_, D) -> D.

innermost({saw, Inner}) -> innermost(Inner);
innermost(R) -> R.
