-module(mix_a).
%% Runs on the interpreter; mix_b and mix_d (and lists, cv) run on the test tier, mix_c on the
%% interpreter again: every call below crosses tiers at least once.
-export([call_other/0, deep_returns/0, tail_loop/0, ping_pong_tail/0, fun_calls/0,
         funs_both_ways/0, apply_forms/0, try_error_trace/0, catch_throw/0, catch_exit/0,
         catch_error_trace/0, b_catches_a/0, reraise_across/0, nested_handlers/0,
         function_clause_in_b/0, bif_error_in_b/0, undef_across/0, fun_badarity_across/0,
         spawn_mfa_other/0, spawn_fun_other/0, spawn_crash_trace/0, receive_in_b/0,
         after_in_b/0, suspended_stack/0, lists_on_b/0, hot_reload/0]).
-export([sum_a/1, loop_a/2, ping/1, triple/1, raise_here/1, waiting/0, transform/1]).

own(Trace) ->
    [Frame || {M, _, _, _} = Frame <- Trace,
              lists:member(M, [mix_a, mix_b, mix_c, mix_d, lists, erlang])].

call_other() ->
    X = mix_b:double(21),
    {X + 1, mix_b:double(mix_c:inc(1))}.

sum_a(0) -> 0;
sum_a(N) -> N + mix_b:sum_b(N - 1).

deep_returns() ->
    sum_a(3000).

loop_a(0, Acc) -> Acc;
loop_a(N, Acc) -> mix_b:loop_b(N - 1, Acc + 1).

tail_loop() ->
    %% Long enough to yield many times, in both tiers.
    loop_a(200000, 0).

ping(0) -> done;
ping(N) -> mix_b:pong(N - 1).

ping_pong_tail() ->
    {ping(7), ping(100000)}.

triple(X) -> 3 * X.

fun_calls() ->
    F = mix_b:make_adder(10),
    G = fun(X) -> X * 2 end,
    {F(1), mix_b:apply_fun(G, 5), mix_b:apply_fun(fun triple/1, 2), mix_b:apply_fun(fun mix_b:double/1, 3)}.

funs_both_ways() ->
    N = 7,
    Compose = mix_b:compose(fun(X) -> X + N end, mix_b:make_adder(100)),
    {Compose(1), (mix_b:curry(fun(A, B) -> {A, B, N} end))(x)}.

apply_forms() ->
    M = mix_b,
    F = double,
    {apply(mix_b, double, [4]), erlang:apply(M, F, [5]), M:F(6), apply(fun mix_b:double/1, [7]),
     apply(mix_b:make_adder(1), [8]), mix_b:apply3(mix_a, triple, [9])}.

try_error_trace() ->
    try mix_b:crash(1) of
        V -> {unexpected, V}
    catch
        error:R:S -> {R, own(S)}
    end.

catch_throw() ->
    {catch mix_b:throw_it(ball), catch mix_b:throw_it(mix_c:inc(1))}.

catch_exit() ->
    catch mix_b:exit_it(bye).

catch_error_trace() ->
    {'EXIT', {R, S}} = catch mix_b:crash(2),
    {R, own(S)}.

raise_here(X) ->
    Y = X + 1,
    erlang:error({raised_in_a, Y}).

b_catches_a() ->
    mix_b:protect(fun() -> {never, mix_a:raise_here(1)} end).

reraise_across() ->
    try mix_b:reraise(fun() -> mix_c:fail(5) end) of
        V -> {unexpected, V}
    catch
        C:R:S -> {C, R, own(S)}
    end.

nested_handlers() ->
    R1 = (catch mix_b:protect(fun() -> mix_c:fail(6) end)),
    R2 = try mix_b:protect(fun() -> throw(up) end) catch throw:T -> {outer, T} end,
    R3 = try mix_b:protect_and_fail() catch error:E:S -> {outer, E, own(S)} end,
    {R1, R2, R3}.

function_clause_in_b() ->
    try mix_b:only_ints(an_atom) catch error:R:S -> {R, own(S)} end.

bif_error_in_b() ->
    try mix_b:bad_bif(42) catch error:R:S -> {R, own(S)} end.

undef_across() ->
    try mix_b:no_such_function(1, 2) catch error:R:S -> {R, own(S)} end.

fun_badarity_across() ->
    F = fun(A, B) -> {A, B} end,
    try mix_b:apply_fun(F, 1) catch error:{badarity, {_, Args}}:S -> {badarity, Args, own(S)} end.

spawn_mfa_other() ->
    spawn(mix_b, reply_double, [self(), 8]),
    receive {double, V} -> V end.

spawn_fun_other() ->
    Self = self(),
    spawn(mix_b:sender(Self, from_b_fun)),
    spawn(fun() -> Self ! {from_a_fun, mix_b:double(2)} end),
    A = receive from_b_fun -> got_b end,
    B = receive {from_a_fun, V} -> V end,
    {A, B}.

spawn_crash_trace() ->
    {Pid, Ref} = spawn_monitor(mix_b, crash, [3]),
    receive
        {'DOWN', Ref, process, Pid, {R, S}} -> {R, own(S)}
    end.

transform(X) -> {transformed, X}.

receive_in_b() ->
    P = spawn(mix_b, echo_loop, []),
    R = [begin P ! {self(), N}, receive {echo, V} -> V end end || N <- [1, 2, 3]],
    P ! stop,
    R.

after_in_b() ->
    self() ! late,
    {mix_b:wait_for(other, 20), receive late -> late_kept end}.

waiting() ->
    receive go -> gone end.

suspended_stack() ->
    P = spawn(mix_b, wait_in_b, []),
    wait_until_waiting(P),
    {current_stacktrace, S} = process_info(P, current_stacktrace),
    {current_function, F} = process_info(P, current_function),
    P ! go,
    {F, own(S)}.

wait_until_waiting(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> erlang:yield(), wait_until_waiting(P)
    end.

lists_on_b() ->
    {lists:map(fun(X) -> mix_b:double(X) + 1 end, [1, 2, 3]),
     lists:foldl(fun(X, Acc) -> mix_c:inc(X) + Acc end, 0, [1, 2, 3]),
     try lists:map(fun(X) -> 10 div X end, [1, 0]) catch error:R:S -> {R, own(S)} end}.

bin(Dir, Mod) ->
    {ok, B} = prim_file:read_file(code_dirs:Dir() ++ "/" ++ atom_to_list(Mod) ++ ".beam"),
    B.

%% cv runs on the test tier: a process waits in v1 while v2 is loaded from this tier.
hot_reload() ->
    {module, cv} = erlang:load_module(cv, bin(v1, cv)),
    Old = spawn(cv, wait, []),
    wait_until_waiting(Old),
    Adder = cv:adder(1),
    V1 = cv:version(),
    {module, cv} = erlang:load_module(cv, bin(v2, cv)),
    RunsOld = erlang:check_process_code(Old, cv),
    SelfRunsOld = erlang:check_process_code(self(), cv),
    Ref = monitor(process, Old),
    Old ! go,
    Exit = receive {'DOWN', Ref, process, Old, Why} -> Why end,
    {V1, cv:version(), Adder(1), (cv:adder(1))(1), erlang:check_old_code(cv), RunsOld, SelfRunsOld, Exit}.
