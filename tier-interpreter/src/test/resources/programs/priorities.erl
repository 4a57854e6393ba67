%% Scheduling priorities (process_flag(priority, P), spawn_opt {priority, P}): with one scheduler,
%% runnable max processes run before high ones, high before normal and low, and a low process
%% runs less often than a normal one without being starved.
-module(priorities).
-compile([export_all, nowarn_export_all]).

%% Processes spawned lowest priority first all finish in priority order.
finish_in_priority_order() ->
    Self = self(),
    [spawn_opt(fun() -> busy(300000), Self ! {done, P} end, [{priority, P}]) || P <- [low, normal, high, max]],
    collect(4).

%% The same through process_flag/2 inside each process.
process_flag_sets_priority() ->
    Self = self(),
    [spawn(fun() -> process_flag(priority, P), erlang:yield(), busy(300000), Self ! {done, P} end)
     || P <- [low, normal, high]],
    collect(3).

%% A low process still runs while a normal one is busy: it is passed over, not starved.
low_is_not_starved() ->
    Self = self(),
    Low = spawn_opt(fun() -> Self ! {low_ran, self()} end, [{priority, low}]),
    Busy = spawn(fun() -> busy(2000000), Self ! {busy_done, self()} end),
    First = receive {low_ran, Low} -> low; {busy_done, Busy} -> busy end,
    Second = receive {low_ran, Low} -> low; {busy_done, Busy} -> busy end,
    [First, Second].

%% process_flag returns the old priority; process_info reports the current one.
flag_and_info() ->
    Old = process_flag(priority, high),
    Now = process_info(self(), priority),
    Back = process_flag(priority, Old),
    {Old, Now, Back, process_info(self(), priority)}.

bad_priority() ->
    try process_flag(priority, urgent) catch error:R -> R end.

bad_spawn_priority() ->
    try spawn_opt(fun() -> ok end, [{priority, urgent}]) catch error:R -> R end.

busy(0) -> ok;
busy(N) -> busy(N - 1).

collect(0) -> [];
collect(N) -> receive {done, P} -> [P | collect(N - 1)] end.
