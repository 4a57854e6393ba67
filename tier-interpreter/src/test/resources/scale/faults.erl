%% Faults at scale (issue 4): processes that are killed while they wait, that exit with an
%% error reason, and that go over their max_heap_size, in batches of 10,000; each is watched
%% by a monitor, and a bystander process must answer afterwards.
-module(faults).
-export([warm_up/0, kill_hundred_thousand/0, mixed_faults/0, faults/2]).

warm_up() -> faults(kill, 10000).

kill_hundred_thousand() -> faults(kill, 100000).

%% 30,000 of each: killed, ended by exit/1 with a reason, killed by the heap limit.
mixed_faults() -> [faults(Kind, 30000) || Kind <- [kill, exit, heap]].

%% {Kind, processes, the 'DOWN' reasons counted by reason, processes left, bystander's answer}.
faults(Kind, N) ->
    Bystander = spawn(fun bystander/0),
    Before = length(processes()),
    Reasons = batches(Kind, N, 10000, #{}),
    wait_gone(Before, 100),
    Left = length(processes()) - Before,
    Bystander ! {ask, self()},
    Answer = receive {answer, A} -> A after 5000 -> no_answer end,
    {Kind, N, lists:sort(maps:to_list(Reasons)), Left, Answer}.

batches(_Kind, 0, _Size, Reasons) -> Reasons;
batches(Kind, Left, Size, Reasons) ->
    Count = min(Left, Size),
    Watched = [start(Kind) || _ <- lists:seq(1, Count)],
    [exit(Pid, kill) || {Pid, _} <- Watched, Kind =:= kill],
    batches(Kind, Left - Count, Size, collect(Watched, Reasons)).

start(kill) ->
    spawn_monitor(fun() -> receive never -> ok end end);
start(exit) ->
    spawn_monitor(fun() -> exit({gave_up, lists:seq(1, 10)}) end);
start(heap) ->
    spawn_opt(fun() -> grow(0, []) end,
              [monitor, {max_heap_size, #{size => 1000, kill => true, error_logger => false}}]).

grow(N, Acc) -> grow(N + 1, [N | Acc]).

collect([], Reasons) -> Reasons;
collect([{Pid, Ref} | Rest], Reasons) ->
    receive
        {'DOWN', Ref, process, Pid, Reason} ->
            collect(Rest, maps:update_with(Reason, fun(C) -> C + 1 end, 1, Reasons))
    end.

bystander() ->
    receive {ask, From} -> From ! {answer, still_here} end.

wait_gone(_Before, 0) -> ok;
wait_gone(Before, Tries) ->
    case length(processes()) > Before of
        true -> receive after 10 -> wait_gone(Before, Tries - 1) end;
        false -> ok
    end.
