-module(smp).
%% Work spread over several schedulers: CPU work with message passing, ETS tables written by
%% many processes at once, and link, monitor and exit storms whose processes run (and die) on
%% different scheduler threads. Every result is independent of the interleaving, so erl with
%% any number of schedulers gives the same one.
-export([cpu_and_messages/0, ring_of_rings/0, schedulers_seen/0, scheduler_counts/0,
         ets_set_write_concurrency/0, ets_set_read_concurrency/0, ets_ordered_set/0, ets_bag/0,
         ets_duplicate_bag/0, update_counter_100/0, insert_new_race/0,
         link_tree/0, kill_storm/0, monitor_storm/0, link_chain_kill/0, exit_signals_crossing/0,
         process_info_of_busy/0, registered_names_race/0, spawn_link_dies_at_once/0,
         timers_from_many/0]).
-export([fib/1, spin/1]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

spin(0) -> ok;
spin(N) -> spin(N - 1).

%% 64 workers compute, send their results through a relay, the collector sums them.
cpu_and_messages() ->
    Self = self(),
    Relay = spawn(fun() -> relay(Self, 64) end),
    [spawn(fun() -> Relay ! {result, N, fib(15 + N rem 5)} end) || N <- lists:seq(1, 64)],
    receive {relayed, Results} -> {length(Results), lists:sum([R || {_, R} <- Results]), lists:sort(Results) =:= lists:keysort(1, Results)} end.

relay(To, 0) -> To ! {relayed, []};
relay(To, N) -> relay_loop(To, N, []).

relay_loop(To, 0, Acc) -> To ! {relayed, lists:keysort(1, Acc)};
relay_loop(To, N, Acc) -> receive {result, K, V} -> relay_loop(To, N - 1, [{K, V} | Acc]) end.

%% 8 rings of 50 processes pass a token 20 times round each, in parallel.
ring_of_rings() ->
    Self = self(),
    [spawn(fun() -> Self ! {ring, R, ring(50, 20)} end) || R <- lists:seq(1, 8)],
    lists:sort([receive {ring, R, Count} -> {R, Count} end || R <- lists:seq(1, 8)]).

ring(Size, Laps) ->
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> ring_node(Next) end) end, Self, lists:seq(1, Size)),
    First ! {token, 0},
    ring_laps(First, Laps, Size).

ring_laps(First, 1, _Size) ->
    receive {token, Hops} -> First ! stop, Hops end;
ring_laps(First, Laps, Size) ->
    receive {token, Hops} -> First ! {token, Hops}, ring_laps(First, Laps - 1, Size) end.

ring_node(Next) ->
    receive
        {token, Hops} -> Next ! {token, Hops + 1}, ring_node(Next);
        stop -> Next ! stop
    end.

%% Busy processes, started together, note the scheduler ids they run on: more than one.
schedulers_seen() ->
    Self = self(),
    Pids = [spawn(fun() -> receive go -> ok end, Self ! {ids, self(), busy_ids(2000, [])} end) || _ <- lists:seq(1, 8)],
    [P ! go || P <- Pids],
    Ids = lists:usort(lists:append([receive {ids, P, I} -> I end || P <- Pids])),
    {length(Ids) > 1, lists:all(fun(Id) -> Id >= 1 andalso Id =< erlang:system_info(schedulers) end, Ids)}.

busy_ids(0, Acc) -> Acc;
busy_ids(N, Acc) ->
    spin(2000),
    busy_ids(N - 1, [erlang:system_info(scheduler_id) | Acc]).

%% The scheduler counts, and schedulers_online going down and up again.
scheduler_counts() ->
    N = erlang:system_info(schedulers),
    Online = erlang:system_info(schedulers_online),
    Old = erlang:system_flag(schedulers_online, 1),
    One = erlang:system_info(schedulers_online),
    Work = lists:sum([fib(12) || _ <- lists:seq(1, 4)]),
    Bad = (catch erlang:system_flag(schedulers_online, N + 1)),
    Back = erlang:system_flag(schedulers_online, N),
    Lengths = statistics(run_queue_lengths),
    {N, Online =:= N, Old =:= N, One, Work, element(1, element(2, Bad)), Back, length(Lengths) =:= N + 1,
     is_integer(statistics(run_queue)), is_integer(statistics(total_run_queue_lengths)),
     erlang:system_info(multi_scheduling)}.

%% 100 writers, each its own keys and one shared counter, on a set with write_concurrency.
ets_set_write_concurrency() ->
    T = ets:new(t, [set, public, {write_concurrency, true}]),
    ets:insert(T, {counter, 0}),
    writers(100, fun(W) ->
        [ets:insert(T, {{W, K}, W * K}) || K <- lists:seq(1, 50)],
        [ets:update_counter(T, counter, 1) || _ <- lists:seq(1, 20)],
        [ets:delete(T, {W, K}) || K <- lists:seq(1, 50), K rem 5 =:= 0]
    end),
    Contents = lists:sort(ets:tab2list(T)),
    {ets:info(T, size), ets:lookup(T, counter), erlang:phash2(Contents), lists:sublist(Contents, 3)}.

%% Readers and writers at once on a read_concurrency table: the writes all land.
ets_set_read_concurrency() ->
    T = ets:new(t, [set, public, {read_concurrency, true}]),
    [ets:insert(T, {K, 0}) || K <- lists:seq(1, 20)],
    writers(40, fun(W) ->
        case W rem 2 of
            0 -> [ets:update_counter(T, K, W) || K <- lists:seq(1, 20)];
            1 -> [ets:lookup(T, K) || K <- lists:seq(1, 20)]
        end
    end),
    lists:sort(ets:tab2list(T)).

ets_ordered_set() ->
    T = ets:new(t, [ordered_set, public, {write_concurrency, true}]),
    writers(60, fun(W) ->
        [ets:insert(T, {K * 100 + W, W}) || K <- lists:seq(1, 30)],
        [ets:delete(T, K * 100 + W) || K <- lists:seq(1, 30), K rem 3 =:= 0]
    end),
    L = ets:tab2list(T),
    {length(L), erlang:phash2(L), ets:first(T), ets:last(T), L =:= lists:sort(L)}.

ets_bag() ->
    T = ets:new(t, [bag, public, {write_concurrency, true}]),
    writers(50, fun(W) ->
        [ets:insert(T, {K, W rem 10}) || K <- lists:seq(1, 20)]
    end),
    {ets:info(T, size), lists:sort(ets:lookup(T, 7)), erlang:phash2(lists:sort(ets:tab2list(T)))}.

ets_duplicate_bag() ->
    T = ets:new(t, [duplicate_bag, public]),
    writers(50, fun(W) ->
        [ets:insert(T, {K, W rem 10}) || K <- lists:seq(1, 20)]
    end),
    {ets:info(T, size), length(ets:lookup(T, 3)), erlang:phash2(lists:sort(ets:tab2list(T)))}.

update_counter_100() ->
    T = ets:new(t, [set, public, {write_concurrency, true}, {read_concurrency, true}]),
    ets:insert(T, [{a, 0}, {b, 0, 0}]),
    writers(100, fun(_) ->
        [begin ets:update_counter(T, a, 1), ets:update_counter(T, b, [{2, 2}, {3, -1}]) end
         || _ <- lists:seq(1, 100)]
    end),
    {ets:lookup(T, a), ets:lookup(T, b)}.

%% insert_new from many processes: each key is won exactly once.
insert_new_race() ->
    T = ets:new(t, [set, public, {write_concurrency, true}]),
    Self = self(),
    writers(30, fun(W) ->
        Won = [K || K <- lists:seq(1, 100), ets:insert_new(T, {K, W})],
        Self ! {won, length(Won)}
    end),
    Total = lists:sum([receive {won, N} -> N end || _ <- lists:seq(1, 30)]),
    {Total, ets:info(T, size)}.

%% Runs Fun(W) in N processes at once, back when all have finished.
writers(N, Fun) ->
    Self = self(),
    Pids = [spawn(fun() -> receive go -> ok end, Fun(W), Self ! {done, self()} end) || W <- lists:seq(1, N)],
    [P ! go || P <- Pids],
    [receive {done, P} -> ok end || P <- Pids],
    ok.

%% A tree of trap_exit processes (fan-out 3, depth 4): the leaves exit with a reason, each
%% node reports the reasons its children gave and exits with their count.
link_tree() ->
    process_flag(trap_exit, true),
    Root = spawn_link(fun() -> tree_node(4) end),
    receive {'EXIT', Root, Reason} -> Reason end.

tree_node(0) ->
    exit({leaf, 1});
tree_node(Depth) ->
    process_flag(trap_exit, true),
    Children = [spawn_link(fun() -> tree_node(Depth - 1) end) || _ <- lists:seq(1, 3)],
    Counts = [receive {'EXIT', C, {_, N}} -> N end || C <- Children],
    exit({node, lists:sum(Counts)}).

%% 200 processes linked to a trapping collector, killed by 4 killers at once.
kill_storm() ->
    process_flag(trap_exit, true),
    Victims = [spawn_link(fun() -> receive never -> ok end end) || _ <- lists:seq(1, 200)],
    Parts = split(Victims, 4),
    [spawn(fun() -> [exit(V, kill) || V <- Part] end) || Part <- Parts],
    Reasons = [receive {'EXIT', V, R} -> R end || V <- Victims],
    {length(Reasons), lists:usort(Reasons)}.

split(L, 1) -> [L];
split(L, N) ->
    {A, B} = lists:split(length(L) div N, L),
    [A | split(B, N - 1)].

%% 100 processes, 5 watchers each; each process dies with its own reason.
monitor_storm() ->
    Self = self(),
    Targets = [spawn(fun() -> receive {die, R} -> exit(R) end end) || _ <- lists:seq(1, 100)],
    Watchers = [spawn(fun() ->
                          Refs = [{monitor(process, T), T} || T <- Targets],
                          Self ! {watching, self()},
                          Downs = [receive {'DOWN', Ref, process, T, R} -> R end || {Ref, T} <- Refs],
                          Self ! {downs, self(), Downs}
                      end) || _ <- lists:seq(1, 5)],
    [receive {watching, W} -> ok end || W <- Watchers],
    [T ! {die, {bye, N}} || {T, N} <- lists:zip(Targets, lists:seq(1, 100))],
    All = [receive {downs, W, D} -> D end || W <- Watchers],
    {length(lists:usort(All)), hd(All) =:= [{bye, N} || N <- lists:seq(1, 100)]}.

%% A chain of 500 linked processes; killing its head takes them all; the tail's monitor sees killed.
link_chain_kill() ->
    Self = self(),
    Head = spawn(fun() -> chain(500, Self) end),
    Tail = receive {tail, T} -> T end,
    Ref = monitor(process, Tail),
    exit(Head, kill),
    receive {'DOWN', Ref, process, Tail, Reason} -> {Reason, is_process_alive(Head)} end.

chain(0, Report) ->
    Report ! {tail, self()},
    receive never -> ok end;
chain(N, Report) ->
    spawn_link(fun() -> chain(N - 1, Report) end),
    receive never -> ok end.

%% Pairs of trapping processes send each other exit signals at the same moment.
exit_signals_crossing() ->
    Self = self(),
    Pairs = [begin
                 A = spawn(fun() -> crossing(Self) end),
                 B = spawn(fun() -> crossing(Self) end),
                 A ! {peer, B},
                 B ! {peer, A},
                 {A, B}
             end || _ <- lists:seq(1, 50)],
    [receive {ready, P} -> ok end || {A, B} <- Pairs, P <- [A, B]],
    [begin A ! go, B ! go end || {A, B} <- Pairs],
    Got = [receive {got, P, From, Why} -> {P =/= From, Why} end || {A, B} <- Pairs, P <- [A, B]],
    {length(Got), lists:usort(Got)}.

crossing(Report) ->
    process_flag(trap_exit, true),
    Report ! {ready, self()},
    Peer = receive {peer, P} -> P end,
    receive go -> ok end,
    exit(Peer, crossed),
    receive {'EXIT', From, Why} -> Report ! {got, self(), From, Why} end.

%% process_info of a process busy on another scheduler: its queued messages are counted.
process_info_of_busy() ->
    Busy = spawn(fun() -> busy_forever() end),
    [Busy ! {m, N} || N <- lists:seq(1, 5)],
    {message_queue_len, Len} = process_info(Busy, message_queue_len),
    {messages, Ms} = process_info(Busy, messages),
    {links, Links} = process_info(Busy, links),
    exit(Busy, kill),
    Ref = monitor(process, Busy),
    receive {'DOWN', Ref, _, _, R} -> {Len, Ms, Links, R} end.

busy_forever() ->
    spin(100000),
    busy_forever().

%% Many processes race for the same names: each name ends up registered once.
registered_names_race() ->
    Self = self(),
    Names = [list_to_atom("smp_name_" ++ integer_to_list(N)) || N <- lists:seq(1, 10)],
    Pids = [spawn(fun() ->
                      receive go -> ok end,
                      Self ! {won, self(), [N || N <- Names, (catch register(N, self())) =:= true]},
                      receive stop -> ok end
                  end) || _ <- lists:seq(1, 40)],
    [P ! go || P <- Pids],
    Won = lists:append([receive {won, P, W} -> W end || P <- Pids]),
    Where = lists:usort([whereis(N) =/= undefined || N <- Names]),
    [P ! stop || P <- Pids],
    {length(Won), lists:sort(Won) =:= lists:sort(Names), Where}.

%% spawn_link of a process that exits at once: the link is made before it runs.
spawn_link_dies_at_once() ->
    process_flag(trap_exit, true),
    Pids = [spawn_link(fun() -> exit({quick, N}) end) || N <- lists:seq(1, 100)],
    Reasons = [receive {'EXIT', P, R} -> R end || P <- Pids],
    {Monitored, _} = spawn_monitor(fun() -> exit(gone) end),
    Down = receive {'DOWN', _, process, Monitored, Why} -> Why end,
    {lists:sum([N || {quick, N} <- Reasons]), Down}.

%% Timers set from processes on every scheduler fire in deadline order per receiver.
timers_from_many() ->
    Self = self(),
    writers(20, fun(W) ->
        erlang:send_after(10 + W, Self, {tick, W}),
        Ref = erlang:start_timer(1000, Self, never),
        erlang:cancel_timer(Ref)
    end),
    Ticks = [receive {tick, W} -> W end || _ <- lists:seq(1, 20)],
    Stray = receive {timeout, _, never} -> stray after 20 -> none end,
    {lists:sort(Ticks) =:= lists:seq(1, 20), Stray}.
