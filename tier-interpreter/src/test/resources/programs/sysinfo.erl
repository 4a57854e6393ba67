%% erlang:system_info/1 and system_flag/2. Host facts must equal erl's; values that describe the
%% emulator itself (scheduler counts, banners, compiler) differ between erl and jbeam by
%% nature, so for those only the type is compared.
-module(sysinfo).
-compile([export_all, nowarn_export_all]).

info(Item) -> erlang:system_info(Item).

err(F) -> try F() catch Class:Reason -> {Class, Reason} end.

os_type() -> info(os_type).
os_version() -> info(os_version).
os_type_via_os() -> os:type().
logical_processors() -> {info(logical_processors), info(logical_processors_online), info(logical_processors_available)}.
cpu_topology() -> info(cpu_topology).
release_and_version() -> {info(otp_release), info(version), info(machine), info(nif_version), info(driver_version)}.
word_sizes() -> {info(wordsize), info({wordsize, internal}), info({wordsize, external})}.
limits() -> {info(process_limit), info(port_limit), info(ets_limit), info(atom_limit), info(dist_buf_busy_limit)}.
build() -> {info(emu_type), info(build_type), info(debug_compiled), info(smp_support), info(threads),
            info(thread_pool_size), info(heap_type), info(modified_timing_level), info(compat_rel)}.
gc_defaults() -> {info(min_heap_size), info(min_bin_vheap_size), info(fullsweep_after), info(garbage_collection),
                 info(max_heap_size)}.
time_modes() -> {info(time_correction), info(time_warp_mode), info(tolerant_timeofday), info(delayed_node_table_gc)}.
tracing() -> {info(trace_control_word), info(sequential_tracer), info(scheduler_bind_type),
              info(multi_scheduling_blockers), info(normal_multi_scheduling_blockers), info(update_cpu_info)}.
unknown_items() -> [err(fun() -> info(I) end) || I <- [halt_flush_timeout, no_such_item, "os_type", {os_type}]].

%% The emulator's own facts: the type, not the value.
own_counts() ->
    {[is_integer(info(I)) andalso info(I) > 0 || I <- [schedulers, schedulers_online, process_count, atom_count]],
     is_integer(info(port_count)) andalso info(port_count) >= 0}.
own_texts() ->
    [is_list(T) andalso T =/= [] andalso lists:all(fun(C) -> is_integer(C) andalso C >= $\n end, T)
     || T <- [info(system_version), info(system_architecture)]].
own_atoms() -> [is_atom(info(I)) || I <- [emu_flavor, multi_scheduling, kernel_poll]].
start_time() -> S = info(start_time), is_integer(S) andalso S =< erlang:monotonic_time().
c_compiler() -> {C, _} = info(c_compiler_used), is_atom(C).

%% system_flag/2.
flag_min_heap_size() ->
    Old = erlang:system_flag(min_heap_size, 500),
    New = info(min_heap_size),
    Child = spawn(fun() -> receive _ -> ok end end),
    {min_heap_size, ChildSize} = process_info(Child, min_heap_size),
    exit(Child, kill),
    Back = erlang:system_flag(min_heap_size, Old),
    {Old, New, ChildSize >= 500, Back, info(min_heap_size)}.
flag_fullsweep_after() ->
    Old = erlang:system_flag(fullsweep_after, 10),
    New = info(fullsweep_after),
    {Old, New, erlang:system_flag(fullsweep_after, Old)}.
flag_trace_control_word() ->
    Old = erlang:system_flag(trace_control_word, 17),
    New = info(trace_control_word),
    {Old, New, erlang:system_flag(trace_control_word, Old)}.
flag_schedulers_online() ->
    Online = info(schedulers_online),
    {erlang:system_flag(schedulers_online, Online) =:= Online,
     err(fun() -> erlang:system_flag(schedulers_online, 0) end)}.
flag_bad() ->
    [err(fun() -> erlang:system_flag(F, V) end)
     || {F, V} <- [{no_such_flag, 1}, {min_heap_size, -1}, {trace_control_word, foo}, {multi_scheduling, maybe},
                   {system_logger, "x"}, {"min_heap_size", 1}]].
flag_system_logger() ->
    Old = erlang:system_flag(system_logger, undefined),
    Now = info(system_logger),
    Back = erlang:system_flag(system_logger, Old),
    {Now, Back, is_pid(Old) orelse Old =:= logger}.
