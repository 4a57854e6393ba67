-module(funs_tail_call_loops).
-export([main/0, loop/2, loop/3, exported/2, apply_to/2]).
%% Loops of tail calls through funs, in several shapes, must run in constant stack (call_fun
%% followed by deallocate and return is a tail call, i_call_fun_last): a local fun applied to
%% itself (ten million times), then a million times each a named fun, a fun with free
%% variables, a function and a fun calling each other, an export fun (fun M:F/A), and a fun of
%% another module (control_tail_fun_peer) that calls back into this one. Each loop reports
%% whether the stack stayed small at its end (a body call leaves a frame per round). The counts
%% keep the program within the corpus's time limit under the stress settings (a yield at every
%% call).
-define(LONG, 10000000).
-define(N, 1000000).

main() ->
    Self = fun(_, 0) -> small_stack(done); (G, N) -> G(G, N - 1) end,
    report(self_applied, Self(Self, ?LONG)),
    Named = fun Count(0) -> small_stack(done); Count(N) -> ?MODULE:apply_to(Count, N - 1) end,
    report(named, Named(?N)),
    Step = 3,
    Free = fun(_, N) when N =< 0 -> small_stack({done, N}); (G, N) -> G(G, N - Step) end,
    report(free_variables, Free(Free, ?N)),
    report(function_and_fun, loop(fun(G, N) -> loop(G, N) end, ?N)),
    report(export_fun, exported(fun ?MODULE:exported/2, ?N)),
    report(other_module, loop(control_tail_fun_peer:relay(), ?N)),
    report(other_module_fun, control_tail_fun_peer:spin(?N)),
    %% Errors of a fun call in tail position: the caller's frame is gone from the trace.
    report(badfun, trace(fun() -> loop(not_a_fun, 5) end)),
    report(badarity, trace(fun() -> loop(fun(X) -> X end, 5) end)),
    report(bad_export_fun_arity, trace(fun() -> loop(fun ?MODULE:loop/3, 5) end)),
    report(bif_export_fun, trace(fun() -> loop(fun erlang:element/2, 5) end)).

%% The fun call is the last call of a function with a frame; called as ?MODULE:apply_to, so the
%% compiler knows nothing of the fun and does not make the call a local one.
apply_to(F, N) ->
    F(id(N)).

loop(_, 0) -> small_stack(looped);
loop(F, N) -> F(F, N - 1).

exported(_, 0) -> small_stack(exported);
exported(F, N) -> F(F, id(N) - 1).

id(X) -> X.

small_stack(Result) ->
    {stack_size, Words} = erlang:process_info(self(), stack_size),
    {Result, Words < 200}.

trace(F) ->
    try F() of
        Value -> Value
    catch
        Class:Reason:Stack -> {Class, printable(Reason), [{M, Fn, A} || {M, Fn, A, _} <- Stack]}
    end.

%% A fun prints with its module's hash: only its arity is shown.
printable({badarity, {Fun, Args}}) -> {badarity, erlang:fun_info(Fun, arity), Args};
printable(Reason) -> Reason.

report(Shape, Result) ->
    io:format("~p: ~p~n", [Shape, Result]).

loop(_, _, _) -> unused.
