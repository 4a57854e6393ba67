-module(otp_supervisor_restart).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/1, worker/1]).
main() ->
    process_flag(trap_exit, true),
    logger:set_primary_config(level, none),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    Children = lists:sort([Id || {Id, _, _, _} <- supervisor:which_children(Sup)]),
    io:format("~p~n", [Children]),
    W1 = whereis(worker_a),
    exit(W1, kill),
    wait_restart(worker_a, W1),
    io:format("restarted ~p~n", [is_pid(whereis(worker_a)) andalso whereis(worker_a) =/= W1]),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    io:format("~p~n", [supervisor:terminate_child(Sup, b)]),
    {ok, B} = supervisor:restart_child(Sup, b),
    io:format("~p~n", [B =:= whereis(worker_b)]),
    io:format("~p~n", [supervisor:delete_child(Sup, nope)]),
    unlink(Sup),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, Why} -> io:format("~p~n", [Why]) end,
    io:format("~p ~p~n", [whereis(worker_a), whereis(worker_b)]).
init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 5, period => 10},
          [#{id => a, start => {?MODULE, start_worker, [worker_a]}},
           #{id => b, start => {?MODULE, start_worker, [worker_b]}}]}}.
start_worker(Name) -> {ok, spawn_link(?MODULE, worker, [Name])}.
worker(Name) -> register(Name, self()), receive stop -> ok end.
wait_restart(Name, Old) ->
    case whereis(Name) of
        Old -> timer:sleep(1), wait_restart(Name, Old);
        undefined -> timer:sleep(1), wait_restart(Name, Old);
        _ -> ok
    end.
