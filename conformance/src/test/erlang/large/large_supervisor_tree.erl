-module(large_supervisor_tree).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/2, worker_loop/2]).
%% A supervision tree (a top supervisor with a one_for_all group and a rest_for_one group):
%% workers are killed in a scripted order and the restarts are observed through a recorder
%% process that every worker reports to when it starts, so the output is deterministic.

main() ->
    process_flag(trap_exit, true),
    logger:set_primary_config(level, none),
    Rec = spawn_link(fun() -> recorder([]) end),
    register(recorder, Rec),
    {ok, Top} = supervisor:start_link({local, top}, ?MODULE, top),
    sync(),
    report("started"),
    kill(w1), sync(), report("after killing w1 (one_for_all)"),
    kill(r2), sync(), report("after killing r2 (rest_for_one)"),
    kill(r1), sync(), report("after killing r1 (rest_for_one)"),
    kill(r3), sync(), report("after killing r3 (rest_for_one)"),
    io:format("~p~n", [lists:sort([{Id, T} || {Id, _, T, _} <- supervisor:which_children(Top)])]),
    io:format("~p~n", [supervisor:count_children(group_a)]),
    ok = supervisor:terminate_child(group_b, r2),
    io:format("r2 running: ~p~n", [whereis(r2) =/= undefined]),
    {ok, _} = supervisor:restart_child(group_b, r2),
    sync(),
    report("after manual restart of r2"),
    unlink(Top),
    Ref = monitor(process, Top),
    exit(Top, shutdown),
    receive {'DOWN', Ref, process, _, Why} -> io:format("top down: ~p~n", [Why]) end,
    io:format("~p~n", [[whereis(N) || N <- [w1, w2, w3, r1, r2, r3]]]).

init(top) ->
    {ok, {#{strategy => one_for_one, intensity => 10, period => 60},
          [#{id => group_a, start => {supervisor, start_link, [{local, group_a}, ?MODULE, group_a]}, type => supervisor},
           #{id => group_b, start => {supervisor, start_link, [{local, group_b}, ?MODULE, group_b]}, type => supervisor}]}};
init(group_a) ->
    {ok, {#{strategy => one_for_all, intensity => 10, period => 60},
          [worker_spec(W, group_a) || W <- [w1, w2, w3]]}};
init(group_b) ->
    {ok, {#{strategy => rest_for_one, intensity => 10, period => 60},
          [worker_spec(W, group_b) || W <- [r1, r2, r3]]}}.

worker_spec(Name, Group) -> #{id => Name, start => {?MODULE, start_worker, [Name, Group]}}.

start_worker(Name, Group) ->
    Pid = spawn_link(?MODULE, worker_loop, [Name, Group]),
    {ok, Pid}.

worker_loop(Name, _Group) ->
    register(Name, self()),
    recorder ! {started, Name},
    receive stop -> ok end.

kill(Name) ->
    Pid = whereis(Name),
    Ref = monitor(process, Pid),
    exit(Pid, kill),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    await_new(Name, Pid).

%% The supervisor restarts the killed worker (and its group's others) in one step; once the
%% name points at a new process, a call to the supervisor returns after that step.
await_new(Name, Old) ->
    case whereis(Name) of
        New when is_pid(New), New =/= Old -> ok;
        _ -> timer:sleep(1), await_new(Name, Old)
    end.

%% Waits until both groups answer which_children, i.e. have finished any restart.
sync() ->
    _ = supervisor:which_children(group_a),
    _ = supervisor:which_children(group_b),
    recorder ! {sync, self()},
    receive synced -> ok end.

report(Title) ->
    recorder ! {take, self()},
    Events = receive {events, E} -> E end,
    io:format("~s: ~p~n", [Title, Events]).

recorder(Acc) ->
    receive
        {started, N} -> recorder([N | Acc]);
        {sync, From} -> From ! synced, recorder(Acc);
        {take, From} -> From ! {events, lists:reverse(Acc)}, recorder([])
    end.
