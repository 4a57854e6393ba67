%% Message passing: two processes exchange Size request/reply pairs, selective receive on a
%% reference-tagged reply as gen_server calls do.
-module(bench_pingpong).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 200000.
quick_size() -> 20000.

run(N) ->
    Ponger = spawn(fun pong/0),
    Total = ping(N, Ponger, 0),
    Ref = monitor(process, Ponger),
    Ponger ! stop,
    receive {'DOWN', Ref, process, Ponger, normal} -> ok end,
    Total.

ping(0, _Ponger, Acc) -> Acc;
ping(N, Ponger, Acc) ->
    Ref = make_ref(),
    Ponger ! {ping, self(), Ref, N},
    receive
        {pong, Ref, Value} -> ping(N - 1, Ponger, jbeam_bench_lib:mix(Value, Acc))
    end.

pong() ->
    receive
        {ping, From, Ref, N} ->
            From ! {pong, Ref, N * 2 + 1},
            pong();
        stop ->
            ok
    end.
