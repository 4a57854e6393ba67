-module(mix_b).
%% Runs on the test tier (a second interpreter, another tier id).
-export([double/1, sum_b/1, loop_b/2, pong/1, make_adder/1, apply_fun/2, compose/2, curry/1,
         apply3/3, crash/1, throw_it/1, exit_it/1, protect/1, reraise/1, protect_and_fail/0,
         only_ints/1, bad_bif/1, reply_double/2, sender/2, echo_loop/0, wait_for/2,
         wait_in_b/0]).

double(X) -> 2 * X.

sum_b(0) -> 0;
sum_b(N) -> N + mix_a:sum_a(N - 1).

loop_b(0, Acc) -> Acc;
loop_b(N, Acc) -> mix_a:loop_a(N - 1, Acc + 1).

pong(N) -> mix_a:ping(N).

make_adder(N) -> fun(X) -> X + N end.

apply_fun(F, X) ->
    R = F(X),
    {applied, R}.

compose(F, G) -> fun(X) -> G(F(X)) end.

curry(F) -> fun(A) -> F(A, b) end.

apply3(M, F, A) ->
    {apply(M, F, A)}.

crash(N) ->
    X = mix_d:fail(N),
    {X}.

throw_it(V) -> mix_c:thrower(V).

exit_it(R) ->
    _ = mix_c:inc(1),
    exit(R).

protect(F) ->
    try F() of
        V -> {ok, V}
    catch
        C:R:S -> {caught, C, R, [Frame || {M, _, _, _} = Frame <- S, lists:member(M, [mix_a, mix_b, mix_c, mix_d])]}
    end.

reraise(F) ->
    try F()
    catch
        C:R:S -> erlang:raise(C, {reraised, R}, S)
    end.

protect_and_fail() ->
    R = protect(fun() -> mix_c:fail(7) end),
    mix_c:fail({after_protect, R}).

only_ints(N) when is_integer(N) -> N.

bad_bif(X) ->
    Y = atom_to_list(X),
    {Y}.

reply_double(To, X) ->
    To ! {double, double(X)}.

sender(To, Msg) -> fun() -> To ! Msg end.

echo_loop() ->
    receive
        {From, N} -> From ! {echo, mix_a:transform(N)}, echo_loop();
        stop -> ok
    end.

wait_for(Msg, Ms) ->
    receive Msg -> got after Ms -> timeout end.

wait_in_b() ->
    R = mix_a:waiting(),
    {R}.
