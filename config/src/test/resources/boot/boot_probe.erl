%% Run as the last step of a boot script (only erlang BIFs and this module's own code: nothing
%% else is loaded yet in erl at that point): displays what the boot-level BIFs answer, then halts.
-module(boot_probe).
-export([run/0, local/1]).
-attr_for_probe(hello).

run() ->
    erlang:display([erlang:system_info(I) || I <- [otp_release, version, wordsize, {wordsize, internal},
                                                   machine, smp_support, threads, compat_rel,
                                                   process_limit, atom_limit, port_limit, ets_limit,
                                                   thread_pool_size]]),
    erlang:display({?MODULE:module_info(module), erlang:module_loaded(?MODULE),
                    erlang:function_exported(?MODULE, run, 0), erlang:function_exported(?MODULE, nope, 0),
                    erlang:function_exported(erlang, self, 0)}),
    erlang:display(lists:keyfind(attr_for_probe, 1, module_info(attributes))),
    erlang:display(length(module_info(exports))),
    erlang:display({process_flag(trap_exit, true), process_flag(trap_exit, false),
                    process_flag(priority, high), process_flag(priority, normal)}),
    erlang:display({put(k, 1), put(k, 2), get(k), erase(k), get(k)}),
    erlang:display({persistent_term:put({probe, 1}, [a]), persistent_term:get({probe, 1}),
                    persistent_term:get(nope, default)}),
    erlang:display(case process_info(self(), registered_name) of [] -> unnamed; Other -> Other end),
    erlang:display(is_pid(group_leader())),
    halt(7).

local(X) -> X.
