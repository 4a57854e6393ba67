%% The bake-off harness: the one piece of Erlang that times a workload, identical on the
%% real erl and on every jbeam tier (both run it as `-run jbeam_bench_harness main ...`).
%%
%% main([Module, SizeSpec, Warmup, Iterations]) resolves the size ("quick", "default" or an
%% integer), runs Module:run(Size) Warmup times, then Iterations times, each iteration timed
%% with erlang:monotonic_time(nanosecond) around the call alone, and prints one line per
%% fact, each starting with "jbeam_bench ":
%%   size N | warmup_ns T | iteration_ns T | result TERM (~w) | peak_rss_kb K | done
%% Warmup is at least 1: the first run fixes the expected result and every later result
%% must equal it, otherwise it prints "unstable_result" and halts with status 3. A crash of
%% the workload prints "error CLASS REASON STACK" and halts with status 2.
%%
%% size_of(Module, quick | default) and run_once(Module, Size) serve callers that time a run
%% from outside (the JMH suites): one run of Module:run(Size), answered as the phash2 of its
%% result, so that the caller can check it against erl's.
%%
%% memory([Count]) spawns Count idle processes and prints the bytes each one costs, by
%% erlang:memory(processes) before and after and by process_info(P, memory) of one of them.
%%
%% fairness([Responders, Rounds]) is the fairness check: one process spins in a busy loop
%% while Responders others wait in receive; the harness pings each responder in turn, Rounds
%% times over, and prints the worst, the 99th percentile and the median round-trip latency
%% in nanoseconds. A fair scheduler preempts the spinner, so no ping waits long.
-module(jbeam_bench_harness).
-export([main/1, memory/1, fairness/1, size_of/2, run_once/2]).

main([ModuleName, SizeSpec, WarmupText, IterationsText]) ->
    try
        Module = list_to_atom(ModuleName),
        Size = size(Module, SizeSpec),
        emit("size ~w", [Size]),
        Warmup = list_to_integer(WarmupText),
        Warmup >= 1 orelse error({badarg, warmup_must_be_at_least_one}),
        {Expected, FirstNs} = time_run(Module, Size),
        emit("warmup_ns ~w", [FirstNs]),
        repeat(Warmup - 1, Module, Size, Expected, "warmup_ns"),
        repeat(list_to_integer(IterationsText), Module, Size, Expected, "iteration_ns"),
        emit("result ~w", [Expected]),
        emit("peak_rss_kb ~s", [peak_rss_kb()]),
        emit("done", []),
        halt(0)
    catch
        throw:{unstable, Want, Got} ->
            emit("unstable_result ~w ~w", [Want, Got]),
            halt(3);
        Class:Reason:Stack ->
            emit("error ~w ~w ~w", [Class, Reason, Stack]),
            halt(2)
    end.

%% The first warm-up run fixes the expected result; every later run must equal it.
repeat(0, _Module, _Size, _Expected, _Label) ->
    ok;
repeat(N, Module, Size, Expected, Label) ->
    {Result, Ns} = time_run(Module, Size),
    Result =:= Expected orelse throw({unstable, Expected, Result}),
    emit(Label ++ " ~w", [Ns]),
    repeat(N - 1, Module, Size, Expected, Label).

time_run(Module, Size) ->
    Start = erlang:monotonic_time(nanosecond),
    Result = Module:run(Size),
    Stop = erlang:monotonic_time(nanosecond),
    {Result, Stop - Start}.

size_of(Module, quick) -> Module:quick_size();
size_of(Module, default) -> Module:default_size().

run_once(Module, Size) -> erlang:phash2(Module:run(Size)).

size(Module, "quick") -> Module:quick_size();
size(Module, "default") -> Module:default_size();
size(_Module, Text) -> list_to_integer(Text).

%% The peak resident set of this OS process (VmHWM), or "unknown" where /proc has none.
peak_rss_kb() ->
    case file:read_file("/proc/self/status") of
        {ok, Status} ->
            %% The "VmHWM:   1234 kB" line, read with plain string functions so the harness
            %% needs nothing but the basics from the VM under test.
            Lines = string:split(binary_to_list(Status), "\n", all),
            case [L || L <- Lines, lists:prefix("VmHWM:", L)] of
                [Line | _] -> hd(string:lexemes(string:slice(Line, 6), " \tk B"));
                [] -> "unknown"
            end;
        {error, _} ->
            "unknown"
    end.

memory([CountText]) ->
    Count = list_to_integer(CountText),
    erlang:garbage_collect(),
    Before = erlang:memory(processes),
    Pids = [spawn(fun idle/0) || _ <- lists:seq(1, Count)],
    settle(Pids),
    After = erlang:memory(processes),
    {memory, OneProcess} = process_info(hd(Pids), memory),
    emit("processes ~w", [Count]),
    emit("idle_process_bytes ~w", [(After - Before) div Count]),
    emit("process_info_memory_bytes ~w", [OneProcess]),
    [Pid ! stop || Pid <- Pids],
    emit("peak_rss_kb ~s", [peak_rss_kb()]),
    emit("done", []),
    halt(0).

idle() ->
    receive stop -> ok end.

fairness([RespondersText, RoundsText]) ->
    Responders = list_to_integer(RespondersText),
    Rounds = list_to_integer(RoundsText),
    Spinner = spawn(fun() -> spin(0) end),
    Pids = [spawn(fun respond/0) || _ <- lists:seq(1, Responders)],
    settle(Pids),
    Latencies = lists:sort([ping(Pid) || _ <- lists:seq(1, Rounds), Pid <- Pids]),
    exit(Spinner, kill),
    [Pid ! stop || Pid <- Pids],
    Count = length(Latencies),
    emit("responders ~w", [Responders]),
    emit("pings ~w", [Count]),
    emit("worst_latency_ns ~w", [lists:last(Latencies)]),
    emit("p99_latency_ns ~w", [lists:nth(max(1, (Count * 99) div 100), Latencies)]),
    emit("median_latency_ns ~w", [lists:nth((Count + 1) div 2, Latencies)]),
    emit("done", []),
    halt(0).

%% Never waits and never ends: only preemption takes the scheduler away from it.
spin(N) -> spin((N + 1) band 16#ffffff).

respond() ->
    receive
        {ping, From} -> From ! {pong, self()}, respond();
        stop -> ok
    end.

ping(Pid) ->
    Start = erlang:monotonic_time(nanosecond),
    Pid ! {ping, self()},
    receive {pong, Pid} -> erlang:monotonic_time(nanosecond) - Start end.

%% Waits until every new process has started and is waiting in its receive.
settle(Pids) ->
    lists:foreach(fun(Pid) -> wait_until_waiting(Pid) end, Pids).

wait_until_waiting(Pid) ->
    case process_info(Pid, status) of
        {status, waiting} -> ok;
        _ -> erlang:yield(), wait_until_waiting(Pid)
    end.

emit(Format, Args) ->
    io:format("jbeam_bench " ++ Format ++ "~n", Args).
