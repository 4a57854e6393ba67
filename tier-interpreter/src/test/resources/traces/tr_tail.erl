-module(tr_tail).
-export([run/1, add/2, apply3/3, funcall/2, body_add/2, error_as/2, fail_in/2]).
%% A BIF that fails when it is called in tail position through apply or a fun: the call dropped
%% the caller's frame first (erts's i_apply_last, i_apply_only, i_call_fun_last), so the trace
%% names the BIF, then the caller's caller, never the caller; a body call names the caller. The
%% callers are exported and called remotely, so the compiler knows nothing of their arguments.

run(1) -> clean(catch ?MODULE:add(tr:id(erlang), a));
run(2) -> clean(catch ?MODULE:apply3(tr:id(erlang), '+', [a, 1]));
run(3) -> clean(catch ?MODULE:funcall(fun erlang:'+'/2, a));
run(4) -> clean(catch ?MODULE:body_add(tr:id(erlang), a));
run(5) -> clean(catch ?MODULE:apply3(tr:id(erlang), element, [5, {}]));
run(6) -> clean(catch ?MODULE:funcall(fun erlang:element/2, {}));
run(7) -> clean(catch ?MODULE:error_as(tr:id(erlang), oops));
run(8) -> clean(catch ?MODULE:fail_in(tr:id(erlang), [1]));
run(9) -> clean(catch ?MODULE:funcall(tr:id(not_a_fun), a));
run(10) -> clean(catch ?MODULE:add(tr:id(tr_nowhere), a)).

%% apply_last: M:'+'(X, 1) with M a variable.
add(M, X) -> M:'+'(X, 1).

%% erlang:apply/3 as a call_ext_only: no frame to drop.
apply3(M, F, Args) -> apply(M, F, Args).

%% call_fun followed by deallocate and return.
funcall(F, X) -> F(X, 1).

%% The same BIF in a body call: the caller shows.
body_add(M, X) ->
    R = M:'+'(X, 1),
    {R}.

%% error/1 applied in tail position.
error_as(M, Reason) -> M:error(Reason).

%% A BIF applied with a list built here, the frame kept until the call.
fail_in(M, Args) ->
    N = tr:id(length(Args)),
    apply(M, atom_to_list, tl([N | Args])).

%% Entries of these modules only (erl runs run/1 under erl_eval, jbeam at the bottom).
clean({'EXIT', {R, St}}) when is_list(St) ->
    {'EXIT', {R, [E || {M, _, _, _} = E <- St, lists:member(M, [tr_tail, tr, erlang, tr_nowhere])]}};
clean(Other) -> Other.
