%% Stack traces raised in template-JIT code, one behaviour per function, against erl's: each
%% returns {Class, Reason, Trace} with the trace cut to this program's frames and the entries
%% of the functions it called (erl runs it under erl_eval and init, whose frames follow).
-module(tj_traces).
-export([bif_atom_to_list/0, bif_element/0, bif_list_to_integer/0, bif_tail/0, arith_plus/0,
         arith_minus/0, arith_times/0, arith_apply/0, arith_fun/0, guard_length/0, guard_tuple_size/0,
         error1/0, error2/0, error2_not_list/0, error3/0, exit1/0, throw1/0,
         undef_module/0, undef_function/0, undef_apply/0, undef_fun/0, badfun/0, badfun_apply/0,
         badarity/0, badarity_apply/0, depth1/0, depth3/0, depth20/0, deep/0, same_site/0,
         caught/0, caught_undef/0, nested_try/0, raise_long/0, raise_depth2/0, function_clause/0,
         bif_in_fun/0, apply_error2/0, tail_apply_bif/0, tail_apply_error2/0, float_div/0, float_overflow/0,
         tail_badfun/0, depth_across/0, current_stack/0]).

id(X) -> tj_other:identity(X).

%% Entries of this program, of tj_other, of erlang and of the missing callees only.
own(Trace) -> [E || {M, _, _, _} = E <- Trace, M =/= erl_eval, M =/= init].

%% A failing BIF: its own entry with the arguments, then the calling function.
bif_atom_to_list() -> try {atom_to_list(id(1))} catch C:R:S -> {C, R, own(S)} end.
bif_element() -> try {element(5, id({a}))} catch C:R:S -> {C, R, own(S)} end.
bif_list_to_integer() -> try {list_to_integer(id("x"))} catch C:R:S -> {C, R, own(S)} end.
bif_tail() -> try tail_call(id(1)) catch C:R:S -> {C, R, own(S)} end.
tail_call(X) -> atom_to_list(X).

%% Arithmetic through the gc_bif slow path; a remote call hides the operands' types from erlc.
arith_plus() -> try {id(a) + id(1)} catch C:R:S -> {C, R, own(S)} end.
arith_minus() -> try {id(1) - id(b)} catch C:R:S -> {C, R, own(S)} end.
arith_times() -> try {id(a) * 2} catch C:R:S -> {C, R, own(S)} end.
arith_apply() -> try {(id(erlang)):'+'(a, 1)} catch C:R:S -> {C, R, own(S)} end.
arith_fun() -> F = id(fun erlang:'+'/2), try {F(a, 1)} catch C:R:S -> {C, R, own(S)} end.

guard_length() -> try {length(id([a | b]))} catch C:R:S -> {C, R, own(S)} end.
guard_tuple_size() -> try {tuple_size(id(a))} catch C:R:S -> {C, R, own(S)} end.

%% error/1, exit/1, throw/1 raise as their caller; error/2,3 show the given arguments.
error1() -> try {error(id(oops))} catch C:R:S -> {C, R, own(S)} end.
error2() -> try {error(oops, [id(1), 2])} catch C:R:S -> {C, R, own(S)} end.
error2_not_list() -> try {error(oops, id(none))} catch C:R:S -> {C, R, own(S)} end.
error3() ->
    try {error(oops, [id(1)], [{error_info, #{module => tj_traces, cause => id(why)}}])}
    catch C:R:S -> {C, R, own(S)} end.
exit1() -> try {exit(id(gone))} catch C:R:S -> {C, R, own(S)} end.
throw1() -> try {throw(id(ball))} catch C:R:S -> {C, R, own(S)} end.

%% undef: the missing function with its arguments first, the caller once.
undef_module() -> try {tj_nowhere:f(id(1), 2)} catch C:R:S -> {C, R, own(S)} end.
undef_function() -> try {tj_other:nope(id(1))} catch C:R:S -> {C, R, own(S)} end.
undef_apply() -> try {apply(id(tj_other), nope, [id(1)])} catch C:R:S -> {C, R, own(S)} end.
undef_fun() -> F = id(fun tj_other:nope/1), try {F(5)} catch C:R:S -> {C, R, own(S)} end.

badfun() -> try {(id(not_a_fun))(1)} catch C:R:S -> {C, R, own(S)} end.
badfun_apply() -> try {apply(id(3), [1])} catch C:R:S -> {C, R, own(S)} end.
%% The fun itself is left out of the reason: erl and jbeam print funs differently.
badarity() -> try {(id(fun(X) -> X end))(1, 2)} catch error:{badarity, {_, A}}:S -> {badarity, A, own(S)} end.
badarity_apply() ->
    try {apply(id(fun(X) -> X end), [1, 2])} catch error:{badarity, {_, A}}:S -> {badarity, A, own(S)} end.

%% backtrace_depth, set and put back around a deep failure.
a(0) -> {element(1, id(no_tuple))};
a(N) -> {a, b(N - 1)}.
b(N) -> {b, a(N)}.
with_depth(D, F) ->
    Old = erlang:system_flag(backtrace_depth, D),
    R = try F() catch C:Reason:S -> {C, Reason, own(S)} end,
    Back = erlang:system_flag(backtrace_depth, Old),
    {Old, Back, R}.
depth1() -> with_depth(1, fun() -> a(12) end).
depth3() -> with_depth(3, fun() -> a(12) end).
depth20() -> with_depth(20, fun() -> a(14) end).
deep() -> try a(30) catch C:R:S -> {C, R, own(S)} end.
%% One depth per VM: set from native code, honoured by the interpreter's trace of tj_other.
depth_across() -> with_depth(2, fun() -> {tj_other:thrower(x)} end).

%% The same call site at every level: consecutive equal continuation pointers count once.
down(0) -> {error(bottom)};
down(N) -> 1 + down(N - 1).
same_site() -> try down(12) catch C:R:S -> {C, R, own(S)} end.

caught() -> {'EXIT', {R, S}} = (catch {element(5, id({}))}), {R, own(S)}.
caught_undef() -> {'EXIT', {R, S}} = (catch {tj_other:nope(id(1), 2)}), {R, own(S)}.
nested_try() ->
    try
        try {a(2)} catch error:badarg -> {inner, error(again)} end
    catch C:R:S -> {C, R, own(S)}
    end.

%% raise/3 keeps the trace it is given, cut to backtrace_depth.
raise_long() ->
    Long = [{tj_traces, f, K, []} || K <- lists:seq(1, 12)],
    try erlang:raise(error, r, id(Long)) catch C:R:S -> {C, R, S} end.
raise_depth2() ->
    Long = [{tj_traces, f, K, []} || K <- lists:seq(1, 12)],
    with_depth(2, fun() -> erlang:raise(throw, r, id(Long)) end).

function_clause() -> try {positive(id(-1), x)} catch C:R:S -> {C, R, own(S)} end.
positive(N, _) when N > 0 -> N.

bif_in_fun() -> F = fun(X) -> {element(X, id({}))} end, try {F(id(2))} catch C:R:S -> {C, R, own(S)} end.

%% BIFs entered through their export, as OTP calls them: named at their return, once.
apply_error2() -> try {apply(id(erlang), error, [oops, [1]])} catch C:R:S -> {C, R, own(S)} end.
tail_apply_bif() -> try {tail_plus(id(erlang))} catch C:R:S -> {C, R, own(S)} end.
tail_plus(M) -> M:'+'(a, 1).
tail_apply_error2() -> try {tail_error(id(erlang))} catch C:R:S -> {C, R, own(S)} end.
tail_error(M) -> M:error(oops, [2]).

%% Float arithmetic fails in code apart from the function's (a slow path): named as its function.
float_div() -> try {fdiv(id(1.5))} catch C:R:S -> {C, R, own(S)} end.
fdiv(X) when is_float(X) -> Y = X * 2.0, Y / (X - X).
float_overflow() -> try {fmul(id(1.5))} catch C:R:S -> {C, R, own(S)} end.
fmul(X) when is_float(X) -> Y = X * 1.0e300, Y * 1.0e300.

%% A fun call that is a tail call: the caller's frame is gone, only the raising function shows.
tail_badfun() -> try {call_it(id(not_a_fun))} catch C:R:S -> {C, R, own(S)} end.
call_it(F) -> F(1).

%% process_info's current_stacktrace walks the stack as a trace does: equal CPs once.
current_stack() -> {stack_at(5)}.
stack_at(0) -> {current_stacktrace, S} = process_info(self(), current_stacktrace), own(S);
stack_at(N) -> [_ | _] = stack_at(N - 1).
