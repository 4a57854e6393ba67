%% erlang:process_info/1,2 items and the emulator's crash reports. Sizes and reductions are
%% the emulator's own (jbeam's heap is not erl's), so for those only the type is compared.
-module(pinfo).
-compile([export_all, nowarn_export_all]).

err(F) -> try F() catch Class:Reason -> {Class, Reason} end.

waiter() -> receive stop -> ok end.

spawn_waiter() ->
    P = spawn(fun waiter/0),
    receive after 10 -> ok end,
    P.

stop(P) -> P ! stop.

info_default_keys() ->
    P = spawn_waiter(),
    Keys = [K || {K, _} <- process_info(P)],
    register(pinfo_named, P),
    Named = [K || {K, _} <- process_info(P)],
    stop(P),
    {Keys, Named}.

info_current_function() ->
    P = spawn(fun() -> waiter() end),
    receive after 10 -> ok end,
    R = {process_info(P, current_function), process_info(P, current_location)},
    stop(P),
    R.

info_current_stacktrace() ->
    P = spawn(fun() -> outer() end),
    receive after 10 -> ok end,
    R = process_info(P, current_stacktrace),
    stop(P),
    R.

outer() -> waiter(), ok.

info_self_current_function() ->
    {process_info(self(), current_function), process_info(self(), current_location)}.

info_self_current_stacktrace() ->
    {current_stacktrace, Stack} = process_info(self(), current_stacktrace),
    hd(Stack).

%% gen_server's ?STACKTRACE() when a callback returns {stop, ...}: a stop must exit normal.
gen_server_stop_stacktrace() ->
    Stack = element(2, erlang:process_info(self(), current_stacktrace)),
    is_list(Stack).

info_initial_call() ->
    P1 = spawn(fun waiter/0),
    P2 = spawn(?MODULE, waiter, []),
    R = {process_info(P1, initial_call), process_info(P2, initial_call)},
    stop(P1), stop(P2),
    R.

info_messages() ->
    P = spawn_waiter(),
    P ! {one, [1, 2]}, P ! <<"two">>, P ! 3,
    R = {process_info(P, messages), process_info(P, message_queue_len)},
    exit(P, kill),
    R.

info_dictionary() ->
    Self = self(),
    P = spawn(fun() -> put(k, {v, "x"}), Self ! ready, waiter() end),
    receive ready -> ok end,
    R = process_info(P, dictionary),
    stop(P),
    {R, process_info(self(), dictionary)}.

info_links_monitors() ->
    P = spawn_waiter(),
    link(P),
    M = monitor(process, P),
    register(pinfo_m, P),
    M2 = monitor(process, pinfo_m),
    Self = self(),
    {monitors, Monitors} = process_info(self(), monitors),
    R = {process_info(P, links) =:= {links, [Self]},
         lists:sort(Monitors) =:= lists:sort([{process, P}, {process, {pinfo_m, node()}}]),
         process_info(P, monitored_by)},
    demonitor(M), demonitor(M2), unlink(P), stop(P),
    {element(1, R), element(2, R), element(3, R) =:= {monitored_by, [Self, Self]}}.

info_flags() ->
    P = spawn_waiter(),
    R = process_info(P, [trap_exit, priority, error_handler, suspending, sequential_trace_token, last_calls,
                         message_queue_data, min_heap_size, min_bin_vheap_size, fullsweep_after, max_heap_size,
                         registered_name, status]),
    stop(P),
    R.

info_gc() ->
    P = spawn_waiter(),
    {garbage_collection, GC} = process_info(P, garbage_collection),
    stop(P),
    [K || {K, _} <- GC].

info_sizes() ->
    P = spawn_waiter(),
    R = [is_integer(V) andalso V >= 0
         || {_, V} <- process_info(P, [heap_size, total_heap_size, stack_size, memory, reductions])],
    stop(P),
    R.

info_parent() ->
    Self = self(),
    P = spawn(fun() -> Self ! {parent, process_info(self(), parent)}, waiter() end),
    R = receive {parent, {parent, Parent}} -> Parent =:= Self end,
    stop(P),
    R.

info_group_leader() ->
    P = spawn_waiter(),
    R = process_info(P, group_leader) =:= {group_leader, group_leader()},
    stop(P),
    R.

info_status() ->
    P = spawn_waiter(),
    R = {process_info(P, status), process_info(self(), status)},
    stop(P),
    R.

info_dead() ->
    P = spawn(fun() -> ok end),
    receive after 10 -> ok end,
    {process_info(P), process_info(P, status), process_info(P, [status, links])}.

info_badarg() ->
    P = spawn_waiter(),
    R = [err(fun() -> process_info(P, I) end) || I <- [no_such_item, "status", [status | x], [status, bogus], 17]],
    stop(P),
    [err(fun() -> process_info(not_a_pid) end), err(fun() -> process_info(make_ref(), status) end) | R].

info_registered_name() ->
    P = spawn_waiter(),
    A = {process_info(P, registered_name), process_info(P, [registered_name])},
    register(pinfo_r, P),
    B = {process_info(P, registered_name), process_info(P, [registered_name])},
    stop(P),
    {A, B}.

%% The emulator's crash report, taken with system_flag(system_logger, self()).
crash_report(Fun) ->
    Old = erlang:system_flag(system_logger, self()),
    P = spawn(Fun),
    R = receive
            {log, Level, Format, [P2, Value], Meta} ->
                {Level, Format, P2 =:= P, Value, lists:sort(maps:keys(Meta)), maps:get(error_logger, Meta),
                 maps:get(pid, Meta) =:= P, maps:get(gl, Meta) =:= group_leader(), is_integer(maps:get(time, Meta))}
        after 200 -> no_report
        end,
    erlang:system_flag(system_logger, Old),
    R.

crash_error() -> crash_report(fun() -> error(boom) end).
crash_throw() -> crash_report(fun() -> throw(ball) end).
crash_badarith() -> crash_report(fun() -> 1 / zero() end).
crash_exit() -> crash_report(fun() -> exit(quietly) end).
crash_killed() -> crash_report(fun() -> exit(self(), kill), receive after infinity -> ok end end).
crash_normal() -> crash_report(fun() -> ok end).
crash_logger_undefined() ->
    Old = erlang:system_flag(system_logger, undefined),
    spawn(fun() -> error(boom) end),
    R = receive Any -> Any after 100 -> none end,
    erlang:system_flag(system_logger, Old),
    R.

zero() -> 0.

%% With no logger process, the emulator prints its report itself on standard error.
crash_without_logger() ->
    Old = erlang:system_flag(system_logger, logger),
    catch unregister(logger),
    spawn(fun() -> error({boom, "text", <<1, 2>>, 1.5, [a], #{k => v}}) end),
    receive after 100 -> ok end,
    erlang:system_flag(system_logger, Old),
    done.

%% Active catches of the caller (relative: the test harness's own catches differ between erl
%% and jbeam) and of a process waiting inside catches.
info_catchlevel() ->
    {catchlevel, L0} = process_info(self(), catchlevel),
    {catchlevel, L1} = (catch process_info(self(), catchlevel)),
    {{catchlevel, L2}} = try {catch process_info(self(), catchlevel)} of V -> V catch _:_ -> error end,
    P = spawn(fun() -> catch (catch waiter()) end),
    receive after 10 -> ok end,
    L3 = process_info(P, catchlevel),
    stop(P),
    {L1 - L0, L2 - L0, L3}.
