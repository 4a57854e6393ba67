-module(code_reload).
-export([load_v1/0, load_twice_not_purged/0, reload_new_code/0, old_code_process/0,
         fully_qualified_moves/0, delete_module/0, delete_twice/0, delete_with_old/0,
         purge_kills/0, soft_purge_refuses/0, soft_purge_free/0, purge_nothing/0,
         check_process_code_self/0, loaded_lists_old/0, prepare_and_finish/0,
         finish_duplicated/0, finish_bad_handle/0, prepare_badfile/0, prepare_wrong_name/0,
         old_fun_runs/0, new_export_after_reload/0, on_load_ok/0, on_load_fails/0,
         on_load_not_callable_before/0, on_load_twice_system_limit/0, call_on_load_badarg/0,
         finish_after_on_load_badarg/0, check_old_code_badarg/0]).

%% Each function starts from no loaded cv/ol_* code, as erl's and jbeam's runs keep the
%% modules loaded from one function to the next.

bin(Dir, Mod) ->
    {ok, B} = prim_file:read_file(code_dirs:Dir() ++ "/" ++ atom_to_list(Mod) ++ ".beam"),
    B.

purger() ->
    case whereis(erts_code_purger) of
        undefined ->
            spawn(erts_code_purger, start, []),
            wait_registered();
        _ -> ok
    end.

wait_registered() ->
    case whereis(erts_code_purger) of
        undefined -> receive after 1 -> wait_registered() end;
        _ -> ok
    end.

clean() ->
    purger(),
    [begin
         _ = erts_code_purger:purge(M),
         _ = (catch erlang:delete_module(M)),
         _ = erts_code_purger:purge(M)
     end || M <- [cv, ol_ok, ol_bad]],
    ok.

load_v1() ->
    clean(),
    R = erlang:load_module(cv, bin(v1, cv)),
    {R, cv:version(), erlang:module_loaded(cv), erlang:check_old_code(cv)}.

load_twice_not_purged() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    {module, cv} = erlang:load_module(cv, bin(v2, cv)),
    R = erlang:load_module(cv, bin(v1, cv)),
    {R, cv:version()}.

reload_new_code() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    A = cv:version(),
    {module, cv} = erlang:load_module(cv, bin(v2, cv)),
    {A, cv:version(), erlang:check_old_code(cv), lists:member(cv, erlang:loaded())}.

old_code_process() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    P = spawn(cv, wait, []),
    Self = self(),
    erlang:yield(),
    Before = erlang:check_process_code(P, cv),
    {module, cv} = erlang:load_module(cv, bin(v2, cv)),
    After = erlang:check_process_code(P, cv),
    Mine = erlang:check_process_code(Self, cv),
    exit(P, kill),
    {Before, After, Mine}.

fully_qualified_moves() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    P = spawn(cv, loop, []),
    P ! {self(), version},
    V1 = receive {P, X} -> X end,
    {module, cv} = erlang:load_module(cv, bin(v2, cv)),
    InOld = erlang:check_process_code(P, cv),
    P ! {self(), version},
    V2 = receive {P, Y} -> Y end,
    P ! {self(), version},
    V3 = receive {P, Z} -> Z end,
    StillOld = erlang:check_process_code(P, cv),
    P ! stop,
    {V1, InOld, V2, V3, StillOld}.

delete_module() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    D = erlang:delete_module(cv),
    {D, erlang:module_loaded(cv), erlang:check_old_code(cv), lists:member(cv, erlang:loaded()),
     erlang:function_exported(cv, version, 0)}.

delete_twice() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    true = erlang:delete_module(cv),
    {erlang:delete_module(cv), erlang:delete_module(no_such_module_here)}.

delete_with_old() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    {module, cv} = erlang:load_module(cv, bin(v2, cv)),
    R = try erlang:delete_module(cv) catch C:E -> {C, E} end,
    {R, cv:version()}.

purge_kills() ->
    clean(),
    process_flag(trap_exit, true),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    P = spawn_link(cv, wait, []),
    erlang:yield(),
    {module, cv} = erlang:load_module(cv, bin(v2, cv)),
    R = erlang:purge_module(cv),
    Exit = receive {'EXIT', P, Why} -> Why after 5000 -> none end,
    {R, Exit, erlang:check_old_code(cv), is_process_alive(P)}.

soft_purge_refuses() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    P = spawn(cv, wait, []),
    erlang:yield(),
    {module, cv} = erlang:load_module(cv, bin(v2, cv)),
    R = erts_code_purger:soft_purge(cv),
    Old = erlang:check_old_code(cv),
    Ref = monitor(process, P),
    P ! go,
    Done = receive {'DOWN', Ref, process, P, Why} -> Why end,
    {R, Old, Done, erts_code_purger:soft_purge(cv), erlang:check_old_code(cv)}.

soft_purge_free() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    {module, cv} = erlang:load_module(cv, bin(v2, cv)),
    {erts_code_purger:soft_purge(cv), erlang:check_old_code(cv)}.

purge_nothing() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    {erts_code_purger:purge(cv), try erlang:purge_module(cv) catch C:E -> {C, E} end,
     erts_code_purger:soft_purge(cv)}.

check_process_code_self() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    {erlang:check_process_code(self(), cv), erlang:check_process_code(self(), nonexistent_mod),
     try erlang:check_process_code(self(), cv, [bad]) catch C:E -> {C, E} end}.

loaded_lists_old() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    true = erlang:delete_module(cv),
    A = lists:member(cv, erlang:loaded()),
    erts_code_purger:purge(cv),
    {A, lists:member(cv, erlang:loaded()), erlang:check_old_code(cv)}.

prepare_and_finish() ->
    clean(),
    Prep = erlang:prepare_loading(cv, bin(v1, cv)),
    IsRef = is_reference(Prep),
    OnLoad = erlang:has_prepared_code_on_load(Prep),
    Before = erlang:module_loaded(cv),
    Ok = erlang:finish_loading([Prep]),
    Again = try erlang:finish_loading([Prep]) catch C:E -> {C, E} end,
    {IsRef, OnLoad, Before, Ok, Again, cv:version()}.

finish_duplicated() ->
    clean(),
    P1 = erlang:prepare_loading(cv, bin(v1, cv)),
    P2 = erlang:prepare_loading(cv, bin(v2, cv)),
    R = erlang:finish_loading([P1, P2]),
    {R, erlang:module_loaded(cv), erlang:finish_loading([P2]), cv:version()}.

finish_bad_handle() ->
    {try erlang:finish_loading([make_ref()]) catch C:E -> {C, E} end,
     try erlang:finish_loading(notalist) catch C2:E2 -> {C2, E2} end,
     try erlang:has_prepared_code_on_load(make_ref()) catch C3:E3 -> {C3, E3} end}.

prepare_badfile() ->
    {erlang:prepare_loading(cv, <<"not a beam file">>),
     erlang:load_module(cv, <<1,2,3>>),
     try erlang:prepare_loading("cv", <<>>) catch C:E -> {C, E} end}.

prepare_wrong_name() ->
    clean(),
    erlang:prepare_loading(other_name, bin(v1, cv)).

old_fun_runs() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    F = cv:adder(1),
    {module, cv} = erlang:load_module(cv, bin(v2, cv)),
    G = cv:adder(1),
    {F(10), G(10)}.

new_export_after_reload() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    A = erlang:function_exported(cv, only_in_v2, 0),
    {module, cv} = erlang:load_module(cv, bin(v2, cv)),
    B = erlang:function_exported(cv, only_in_v2, 0),
    {module, cv} = erlang:load_module(cv, bin(v2, cv)) =:= {module, cv} orelse ok,
    {A, B, cv:only_in_v2()}.

%% What code_server does with a module that has -on_load.
run_on_load(Mod) ->
    Res = erlang:load_module(Mod, bin(v1, Mod)),
    {_, Ref} = spawn_monitor(fun() -> exit(erlang:call_on_load_function(Mod)) end),
    OnLoadRes = receive {'DOWN', Ref, process, _, R} -> R end,
    Keep = OnLoadRes =:= ok,
    Fin = erts_code_purger:finish_after_on_load(Mod, Keep),
    {Res, OnLoadRes, Fin}.

on_load_ok() ->
    clean(),
    {run_on_load(ol_ok), erlang:module_loaded(ol_ok), ol_ok:f(), erlang:check_old_code(ol_ok)}.

on_load_fails() ->
    clean(),
    {run_on_load(ol_bad), erlang:module_loaded(ol_bad), erlang:check_old_code(ol_bad),
     lists:member(ol_bad, erlang:loaded())}.

on_load_not_callable_before() ->
    clean(),
    Res = erlang:load_module(ol_ok, bin(v1, ol_ok)),
    Exported = erlang:function_exported(ol_ok, f, 0),
    Loaded = erlang:module_loaded(ol_ok),
    {_, Ref} = spawn_monitor(fun() -> exit(erlang:call_on_load_function(ol_ok)) end),
    receive {'DOWN', Ref, process, _, _} -> ok end,
    erts_code_purger:finish_after_on_load(ol_ok, true),
    {Res, Exported, Loaded, erlang:function_exported(ol_ok, f, 0)}.

on_load_twice_system_limit() ->
    clean(),
    P1 = erlang:prepare_loading(ol_ok, bin(v1, ol_ok)),
    P2 = erlang:prepare_loading(cv, bin(v1, cv)),
    {try erlang:finish_loading([P1, P2]) catch C:E -> {C, E} end, erlang:module_loaded(cv)}.

call_on_load_badarg() ->
    clean(),
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    {_, Ref} = spawn_monitor(fun() -> exit(erlang:call_on_load_function(cv)) end),
    receive {'DOWN', Ref, process, _, {R, _}} -> R end.

finish_after_on_load_badarg() ->
    clean(),
    {try erlang:finish_after_on_load(cv, true) catch C:E -> {C, E} end,
     try erlang:finish_after_on_load(cv, maybe) catch C2:E2 -> {C2, E2} end}.

check_old_code_badarg() ->
    try erlang:check_old_code("cv") catch C:E -> {C, E} end.
