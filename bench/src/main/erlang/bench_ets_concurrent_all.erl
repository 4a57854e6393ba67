%% ETS under concurrent access with every scheduler online: the work of
%% bench_ets_concurrent_one (8 processes sharing a public set), side by side with it.
-module(bench_ets_concurrent_all).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> bench_ets_concurrent_one:default_size().
quick_size() -> bench_ets_concurrent_one:quick_size().

run(N) -> bench_ets_concurrent_one:run_on(erlang:system_info(schedulers), N).
