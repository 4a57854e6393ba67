-module(large_event_simulation).
-export([main/0]).
%% A discrete-event simulation of a bank with tellers: arrivals and service times from a
%% seeded generator, an event queue in gb_trees keyed by {Time, Seq}, and statistics.

-record(st, {clock = 0, queue, free, waiting = [], served = 0, waits = [], busy = 0, log = []}).

main() ->
    [begin
         S = simulate(Tellers, 400, 4242),
         report(Tellers, S)
     end || Tellers <- [1, 2, 3]],
    S2 = simulate(2, 12, 7),
    [io:format("~6w ~-8w customer ~w~n", [T, E, C]) || {T, E, C} <- lists:reverse(S2#st.log)].

simulate(Tellers, Customers, Seed) ->
    {Arrivals, _} = lists:foldl(fun(Id, {Acc, {T, R}}) ->
                                        {Gap, R1} = rnd(R, 1, 9),
                                        {Svc, R2} = rnd(R1, 4, 16),
                                        {[{T + Gap, Id, Svc} | Acc], {T + Gap, R2}}
                                end, {[], {0, Seed}}, lists:seq(1, Customers)),
    Q = lists:foldl(fun({T, Id, Svc}, Acc) -> gb_trees:insert({T, Id}, {arrive, Id, Svc}, Acc) end,
                    gb_trees:empty(), Arrivals),
    run(#st{queue = Q, free = Tellers}).

rnd(R, Lo, Hi) ->
    R1 = (R * 48271) rem 2147483647,
    {Lo + R1 rem (Hi - Lo + 1), R1}.

run(#st{queue = Q} = S) ->
    case gb_trees:is_empty(Q) of
        true -> S;
        false ->
            {{T, Seq}, Event, Q1} = gb_trees:take_smallest(Q),
            run(handle(Event, T, Seq, S#st{queue = Q1, clock = T}))
    end.

handle({arrive, Id, Svc}, T, _, #st{free = F} = S) when F > 0 ->
    start(Id, Svc, T, T, S#st{free = F - 1, log = [{T, arrive, Id} | S#st.log]});
handle({arrive, Id, Svc}, T, _, S) ->
    S#st{waiting = S#st.waiting ++ [{Id, Svc, T}], log = [{T, arrive, Id} | S#st.log]};
handle({depart, Id}, T, _, #st{waiting = []} = S) ->
    S#st{free = S#st.free + 1, served = S#st.served + 1, log = [{T, depart, Id} | S#st.log]};
handle({depart, Id}, T, _, #st{waiting = [{Next, Svc, Arrived} | Rest]} = S) ->
    start(Next, Svc, Arrived, T, S#st{waiting = Rest, served = S#st.served + 1, log = [{T, depart, Id} | S#st.log]}).

start(Id, Svc, Arrived, T, S) ->
    Q = gb_trees:insert({T + Svc, Id + 1000000}, {depart, Id}, S#st.queue),
    S#st{queue = Q, waits = [T - Arrived | S#st.waits], busy = S#st.busy + Svc,
         log = [{T, start, Id} | S#st.log]}.

report(Tellers, #st{clock = End, served = N, waits = W, busy = B}) ->
    Sorted = lists:sort(W),
    io:format("tellers ~w: served ~w by t=~w, mean wait ~.3f, max wait ~w, median ~w, utilisation ~.1f%~n",
              [Tellers, N, End, lists:sum(W) / length(W), lists:max(W), lists:nth(length(Sorted) div 2 + 1, Sorted),
               100 * B / (End * Tellers)]).
