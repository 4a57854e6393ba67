%% ETS under concurrent access, on one scheduler: 8 processes share a public set table with
%% read and write concurrency; each inserts its share of Size keys, bumps a shared counter
%% row per insert, and looks its keys up 4 times over. bench_ets_concurrent_all runs the
%% same work with every scheduler online, so the pair shows how ETS throughput scales.
-module(bench_ets_concurrent_one).
-export([run/1, run_on/2, default_size/0, quick_size/0]).

-define(WORKERS, 8).
-define(LOOKUP_ROUNDS, 4).

default_size() -> 100000.
quick_size() -> 20000.

run(N) -> run_on(1, N).

%% Runs the work with Schedulers schedulers online, then puts the old number back.
run_on(Schedulers, N) ->
    Old = erlang:system_flag(schedulers_online, Schedulers),
    try work(N)
    after erlang:system_flag(schedulers_online, Old)
    end.

work(N) ->
    Table = ets:new(bench_concurrent, [set, public, {write_concurrency, true}, {read_concurrency, true}]),
    ets:insert(Table, {inserts, 0}),
    Parent = self(),
    Workers = [spawn_link(fun() -> Parent ! {self(), worker(Table, W, N)} end)
               || W <- lists:seq(0, ?WORKERS - 1)],
    Sums = [receive {Pid, Sum} -> Sum end || Pid <- Workers],
    Result = {ets:info(Table, size), ets:lookup_element(Table, inserts, 2), lists:sum(Sums)},
    ets:delete(Table),
    Result.

%% Worker W owns the keys K in 1..N with K rem ?WORKERS =:= W.
worker(Table, W, N) ->
    Keys = lists:seq(W + 1, N, ?WORKERS),
    lists:foreach(fun(K) ->
                          ets:insert(Table, {K, K * 3}),
                          ets:update_counter(Table, inserts, 1)
                  end, Keys),
    lookups(Table, Keys, ?LOOKUP_ROUNDS, 0).

lookups(_Table, _Keys, 0, Acc) -> Acc;
lookups(Table, Keys, Rounds, Acc) ->
    Sum = lists:foldl(fun(K, S) -> [{K, V}] = ets:lookup(Table, K), S + V end, Acc, Keys),
    lookups(Table, Keys, Rounds - 1, Sum).
