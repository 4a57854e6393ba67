%% Spawn and exit: Size short-lived processes, half with spawn_monitor and half linked to a
%% trapping collector, each exiting with a reason the parent collects.
-module(bench_spawn).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 50000.
quick_size() -> 10000.

run(N) ->
    Monitored = monitored(N div 2),
    Parent = self(),
    Collector = spawn(fun() -> collect_linked(N - N div 2, Parent) end),
    receive {Collector, Linked} -> {Monitored, Linked} end.

monitored(N) ->
    _ = [spawn_monitor(fun() -> exit({done, I}) end) || I <- lists:seq(1, N)],
    await_down(N, 0).

await_down(0, Sum) -> Sum;
await_down(N, Sum) ->
    receive {'DOWN', _Ref, process, _Pid, {done, I}} -> await_down(N - 1, Sum + I) end.

collect_linked(N, Parent) ->
    process_flag(trap_exit, true),
    _ = [spawn_link(fun() -> exit({done, I * 2}) end) || I <- lists:seq(1, N)],
    Parent ! {self(), await_exit(N, 0)}.

await_exit(0, Sum) -> Sum;
await_exit(N, Sum) ->
    receive {'EXIT', _Pid, {done, I}} -> await_exit(N - 1, Sum + I) end.
