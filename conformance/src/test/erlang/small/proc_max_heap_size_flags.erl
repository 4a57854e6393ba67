-module(proc_max_heap_size_flags).
-export([main/0]).
%% Setting and reading max_heap_size: process_flag/2 returns the old setting as a map, an
%% integer takes the system's flags, a map needs size, and bad settings are badarg.
main() ->
    %% A fresh process, whose small heap stays under the limits it sets on itself.
    {Pid, Ref} = spawn_monitor(fun checks/0),
    receive {'DOWN', Ref, process, Pid, Why} -> show(Why) end.

checks() ->
    show(process_info(self(), max_heap_size)),
    show(erlang:system_info(max_heap_size)),
    show(process_flag(max_heap_size, 5000)),
    show(process_info(self(), max_heap_size)),
    show(process_flag(max_heap_size, #{size => 6000, kill => false})),
    show(process_flag(max_heap_size, #{size => 7000, error_logger => false, other => 1})),
    show(process_info(self(), max_heap_size)),
    [show(attempt(fun() -> process_flag(max_heap_size, Bad) end))
     || Bad <- [-1, 100, #{kill => true}, #{size => 5000, kill => yes}, #{size => foo}, foo, 1.5]],
    show(process_flag(max_heap_size, 0)),
    {garbage_collection, GC} = process_info(self(), garbage_collection),
    show(proplists:get_value(max_heap_size, GC)),
    show(attempt(fun() -> spawn_opt(fun() -> ok end, [{max_heap_size, foo}]) end)),
    show(attempt(fun() -> spawn_opt(fun() -> ok end, [{max_heap_size, 300}, {min_heap_size, 1000}]) end)),
    Pid = spawn_opt(fun() -> receive stop -> ok end end, [{max_heap_size, #{size => 9000}}]),
    show(process_info(Pid, max_heap_size)),
    Pid ! stop,
    Old = erlang:system_flag(max_heap_size, #{size => 12000, kill => false}),
    show(Old),
    show(erlang:system_info(max_heap_size)),
    Child = spawn(fun() -> receive stop -> ok end end),
    show(process_info(Child, max_heap_size)),
    Child ! stop,
    show(attempt(fun() -> erlang:system_flag(max_heap_size, -5) end)),
    show(erlang:system_flag(max_heap_size, Old)),
    show(erlang:system_info(max_heap_size)).

attempt(F) ->
    try F() catch error:Reason -> {error, Reason} end.

show(Term) -> io:format("~p~n", [Term]).
