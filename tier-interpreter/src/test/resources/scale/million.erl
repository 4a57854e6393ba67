%% A million processes (issue 4): spawned in batches of 10,000, each sends its number back to
%% the parent and ends; the parent checks every answer came and that the processes are gone.
-module(million).
-export([million/0, hundred_thousand/0, spawn_exit/1]).

million() -> spawn_exit(1000000).

hundred_thousand() -> spawn_exit(100000).

%% {Processes spawned, sum of the numbers they sent back, processes alive afterwards (the
%% parent's own count excluded: erl runs system processes too)}.
spawn_exit(N) ->
    Before = length(processes()),
    Sum = batches(N, 10000, 0, 0),
    wait_gone(Before, 100),
    {N, Sum, length(processes()) - Before}.

batches(0, _Size, _Next, Sum) -> Sum;
batches(Left, Size, Next, Sum) ->
    Count = min(Left, Size),
    Parent = self(),
    _ = [spawn(fun() -> Parent ! {answer, I * 3} end) || I <- lists:seq(Next, Next + Count - 1)],
    batches(Left - Count, Size, Next + Count, collect(Count, Sum)).

collect(0, Sum) -> Sum;
collect(K, Sum) -> receive {answer, V} -> collect(K - 1, Sum + V) end.

%% A process that has sent its answer may not have ended yet: wait (at most Tries times 10 ms)
%% until the count is back where it was.
wait_gone(_Before, 0) -> ok;
wait_gone(Before, Tries) ->
    case length(processes()) > Before of
        true -> receive after 10 -> wait_gone(Before, Tries - 1) end;
        false -> ok
    end.
