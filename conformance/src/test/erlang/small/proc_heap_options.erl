-module(proc_heap_options).
-export([main/0]).
%% min_heap_size, min_bin_vheap_size and fullsweep_after, set by process_flag, spawn_opt and
%% system_flag: erl rounds the sizes up to a heap size, the heap keeps to its least size
%% through collections, and fullsweep_after 0 makes every collection a major one.
main() ->
    [begin
         process_flag(min_heap_size, N),
         io:format("min_heap_size ~p -> ~p~n", [N, element(2, process_info(self(), min_heap_size))])
     end || N <- [0, 10, 233, 234, 1000, 5000, 1000000, 2000000]],
    process_flag(min_heap_size, 233),
    [begin
         process_flag(min_bin_vheap_size, N),
         io:format("min_bin_vheap_size ~p -> ~p~n", [N, element(2, process_info(self(), min_bin_vheap_size))])
     end || N <- [10, 50000]],
    %% A spawned process starts with a heap of its least size.
    Big = report(fun() -> ok end, [{min_heap_size, 5000}, {fullsweep_after, 3}]),
    io:format("spawned: ~p~n", [summary(Big, 6772)]),
    %% A collection leaves the heap at its least size when little is live.
    Kept = report(fun() -> garbage(20000), garbage_collect() end, [{min_heap_size, 4000}]),
    io:format("after a collection: ~p~n", [summary(Kept, 4185)]),
    Plain = report(fun() -> garbage(20000), garbage_collect() end, []),
    io:format("plain process below 4185: ~p~n", [heap_size(Plain) < 4185]),
    %% fullsweep_after 0: every collection is major, so no minor one is ever counted.
    Sweeping = report(fun() -> keep(50000, []) end, [{fullsweep_after, 0}]),
    io:format("minor_gcs with fullsweep_after 0: ~p~n", [minor_gcs(Sweeping)]),
    Three = report(fun() -> keep(50000, []) end, [{fullsweep_after, 3}]),
    io:format("minor_gcs at most 3: ~p~n", [minor_gcs(Three) =< 3]),
    %% system_flag sets what new processes get.
    Old = erlang:system_flag(min_heap_size, 3000),
    io:format("system min_heap_size ~p, was ~p~n", [erlang:system_info(min_heap_size), Old]),
    Child = report(fun() -> ok end, []),
    io:format("child of system flag: ~p~n", [summary(Child, 4185)]),
    erlang:system_flag(min_heap_size, Old),
    %% statistics(garbage_collection) counts every collection.
    {Count0, Words0, 0} = erlang:statistics(garbage_collection),
    garbage(10000),
    garbage_collect(),
    {Count1, Words1, 0} = erlang:statistics(garbage_collection),
    io:format("collections counted: ~p, words counted: ~p~n", [Count1 > Count0, Words1 >= Words0]),
    [io:format("~p: ~p~n", [Opt, bad(Opt)]) || Opt <- [{min_heap_size, foo}, {min_heap_size, -1},
                                                      {fullsweep_after, 1.5}, {message_queue_data, x},
                                                      {priority, urgent}, nonsense, {no_such_option, 1}]],
    ok.

%% Runs Work in a process spawned with Options, then reports its heap settings.
report(Work, Options) ->
    Parent = self(),
    Pid = spawn_opt(fun() ->
                            Work(),
                            Parent ! {self(), process_info(self(), [heap_size, min_heap_size, fullsweep_after,
                                                                    garbage_collection])}
                    end, Options),
    receive {Pid, Info} -> Info end.

summary(Info, Least) ->
    {proplists:get_value(min_heap_size, Info), proplists:get_value(fullsweep_after, Info),
     heap_size(Info) >= Least}.

heap_size(Info) -> proplists:get_value(heap_size, Info).

minor_gcs(Info) -> proplists:get_value(minor_gcs, proplists:get_value(garbage_collection, Info)).

garbage(0) -> ok;
garbage(N) -> _ = lists:seq(1, 10), garbage(N - 1).

keep(0, Acc) -> length(Acc);
keep(N, Acc) -> keep(N - 1, [{N, N} | Acc]).

bad(Opt) ->
    try spawn_opt(fun() -> ok end, [Opt]) of
        _ -> accepted
    catch error:badarg:Trace ->
        [{erlang, spawn_opt, _, Info} | _] = Trace,
        Info
    end.
