%% Timers at scale (issue 4): 100,000 pending timers set with send_after/3 and start_timer/3,
%% a third of them cancelled, some read, the rest received. Only what erl answers the same
%% way on any machine is returned: whether a cancel or read found time left (never how much),
%% counts, and whether the messages came in the order of their deadlines.
-module(timers_scale).
-export([many_timers/0, many_timers/1, hold/1, hold_pending/0]).

many_timers() -> many_timers(100000).

%% Timer I fires after 5000 + (I * 7919) rem 1500 ms (long enough to set them all and read
%% some before any fires, on a slow VM too) and carries the monotonic millisecond it is due at;
%% every third one gets a long time and is cancelled before anything fires. The VM may stop the
%% process between reading the clock and setting the timer, so a timer is due somewhere in
%% [Due, Due + Gap], Gap the milliseconds setting it took.
many_timers(N) ->
    Self = self(),
    Timers = [set(I, Self) || I <- lists:seq(1, N)],
    Reads = [{I, kind(erlang:read_timer(Ref))} || {I, Ref, _} <- Timers, I rem 1000 =:= 1],
    Cancelled = [{I, kind(erlang:cancel_timer(Ref))} || {I, Ref, _} <- Timers, I rem 3 =:= 0],
    ReadCancelled = [kind(erlang:read_timer(Ref)) || {I, Ref, _} <- Timers, I rem 3 =:= 0, I rem 999 =:= 0],
    Expected = N - N div 3,
    Arrived = collect(Expected, []),
    Late = receive Extra -> {unexpected, Extra} after 100 -> none end,
    FiredCancels = [kind(erlang:cancel_timer(Ref)) || {I, Ref, _} <- Timers, I rem 3 =/= 0, I rem 500 =:= 1],
    {length(Timers), summary(Cancelled), summary(Reads), summary(ReadCancelled), length(Arrived),
     inversions(Arrived), lists:usort([I || {I, _} <- Arrived]) =:= [I || I <- lists:seq(1, N), I rem 3 =/= 0],
     Late, summary(FiredCancels)}.

set(I, Self) ->
    Millis = case I rem 3 of
                 0 -> 600000 + I;
                 _ -> 5000 + (I * 7919) rem 1500
             end,
    Before = erlang:monotonic_time(millisecond),
    Ref = case I rem 2 of
              0 -> erlang:send_after(Millis, Self, {fired, I, Before + Millis});
              1 -> erlang:start_timer(Millis, Self, {I, Before + Millis})
          end,
    Gap = erlang:monotonic_time(millisecond) - Before,
    put(I, Gap),
    {I, Ref, Before + Millis}.

kind(false) -> false;
kind(Left) when is_integer(Left), Left >= 0 -> integer.

summary(Kinds) ->
    lists:foldl(fun({_, K}, Acc) -> bump(K, Acc); (K, Acc) -> bump(K, Acc) end, #{}, Kinds).

bump(K, Acc) -> maps:update_with(K, fun(C) -> C + 1 end, 1, Acc).

collect(0, Acc) -> lists:reverse(Acc);
collect(K, Acc) ->
    receive
        {fired, I, Due} -> collect(K - 1, [{I, {Due, Due + get(I)}} | Acc]);
        {timeout, _Ref, {I, Due}} -> collect(K - 1, [{I, {Due, Due + get(I)}} | Acc])
    end.

%% How many messages came after one due more than 200 ms later. erl's timer wheel fires a timer
%% up to some milliseconds late (36 ms seen on a loaded machine), so only a clear inversion counts.
inversions([]) -> 0;
inversions([{_, {Due, _}} | Rest]) -> inversions(Rest, Due, 0).

inversions([], _Latest, Count) -> Count;
inversions([{_, {Due, Last}} | Rest], Latest, Count) when Last < Latest - 200 ->
    inversions(Rest, max(Due, Latest), Count + 1);
inversions([{_, {Due, _}} | Rest], Latest, Count) -> inversions(Rest, max(Due, Latest), Count).

%% Sets N timers that stay pending for a minute, waits Wait ms with them pending, cancels them.
hold({N, Wait}) ->
    Refs = [erlang:send_after(60000 + I, self(), {held, I}) || I <- lists:seq(1, N)],
    receive never -> ok after Wait -> ok end,
    length([R || R <- Refs, is_integer(erlang:cancel_timer(R))]).

%% 100,000 timers pending for a second, then cancelled: how many had time left.
hold_pending() -> hold({100000, 1000}).
