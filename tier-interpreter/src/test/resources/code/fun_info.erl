-module(fun_info).
-export([local_info/0, closure_info/0, export_info/0, items/0, bad_item/0, not_a_fun/0,
         mfa_local/0, mfa_export/0, to_list_local/0, to_list_export/0, to_list_quoted/0,
         make_fun_ok/0, make_fun_call/0, make_fun_bad/0, make_fun_unloaded/0, print_funs/0,
         nested_names/0, fun_info_1_export/0, env_values/0, uniq_is_md5/0, to_list_badarg/0]).

mk(X) -> fun(Y) -> X + Y end.

strip_pid(L) -> [KV || {K, _} = KV <- L, K =/= pid].

local_info() ->
    F = fun() -> ok end,
    strip_pid(erlang:fun_info(F)).

closure_info() ->
    F = mk(3),
    {pid, P} = erlang:fun_info(F, pid),
    {P =:= self(), strip_pid(erlang:fun_info(F))}.

export_info() -> erlang:fun_info(fun lists:map/2).

items() ->
    F = mk(1),
    G = fun erlang:length/1,
    [{erlang:fun_info(F, I), erlang:fun_info(G, I)} || I <- [module, name, arity, env, type, index, new_index,
                                                             uniq, new_uniq]] ++ [erlang:fun_info(G, pid)].

bad_item() -> try erlang:fun_info(fun() -> ok end, foo) catch C:E -> {C, E} end.

not_a_fun() ->
    {try erlang:fun_info(42, module) catch C:E -> {C, E} end,
     try erlang:fun_info(42) catch C2:E2 -> {C2, E2} end,
     try erlang:fun_info(fun() -> ok end, "module") catch C3:E3 -> {C3, E3} end}.

mfa_local() -> {erlang:fun_info_mfa(mk(2)), erlang:fun_info_mfa(fun(A, B) -> {A, B} end)}.

mfa_export() -> erlang:fun_info_mfa(fun lists:foldl/3).

to_list_local() -> {erlang:fun_to_list(mk(1)), erlang:fun_to_list(fun() -> x end)}.

to_list_export() -> {erlang:fun_to_list(fun lists:reverse/1), erlang:fun_to_list(fun erlang:'+'/2)}.

to_list_quoted() -> erlang:fun_to_list(erlang:make_fun('Odd Mod', 'hello world', 0)).

make_fun_ok() ->
    F = erlang:make_fun(lists, reverse, 1),
    {is_function(F, 1), F =:= fun lists:reverse/1, erlang:fun_info(F)}.

make_fun_call() -> (erlang:make_fun(lists, seq, 2))(1, 4).

make_fun_bad() ->
    [try erlang:make_fun(M, F, A) catch C:E -> {C, E} end
     || {M, F, A} <- [{1, f, 0}, {m, "f", 0}, {m, f, -1}, {m, f, 256}, {m, f, x}]].

make_fun_unloaded() ->
    F = erlang:make_fun(no_such_module_xyz, f, 0),
    {erlang:fun_info(F), try F() catch C:E -> {C, E} end}.

print_funs() ->
    lists:flatten(io_lib:format("~w ~p ~w", [mk(1), fun lists:map/2, erlang:make_fun(a, b, 3)])).

nested_names() ->
    F = fun() -> fun(X) -> fun() -> X end end end,
    G = F(),
    H = G(1),
    [element(2, erlang:fun_info(Fun, name)) || Fun <- [F, G, H]].

fun_info_1_export() -> erlang:fun_info(erlang:make_fun(m, f, 2)).

env_values() ->
    A = [1, 2], B = {x, y}, C = <<"bin">>,
    F = fun() -> {A, B, C} end,
    erlang:fun_info(F, env).

uniq_is_md5() ->
    {new_uniq, U} = erlang:fun_info(mk(1), new_uniq),
    U =:= fun_info:module_info(md5).

to_list_badarg() -> try erlang:fun_to_list(self()) catch C:E -> {C, E} end.
