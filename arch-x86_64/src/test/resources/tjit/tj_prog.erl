%% Programs for the template JIT: this module runs on template-jit, tj_other and OTP's lists on
%% the interpreter. Each zero-arity function's value is compared with erl's.
-module(tj_prog).
-record(point, {x = 0, y = 0, z = 0, label = none}).
-export([map_lookups/0, float_compares/0, int_ops/0, term_bifs/0, fib/0, tak/0, nrev/0, walk/0, with_lists/0, spin/0, garbage/0, bignums/0, compares/0,
         guards/0, cross/0, tries/0, funs/0, applies/0, floats/0, records/0, maps/0, traces/0, messages/0, echo/1, nested_raise/0, catches/0, try_clause/0, stacktrace/0, badmatch/0, caught_across/0, bif_error/0, function_clause/0, deep/0,
         fib/1, crash/1, twice_back/1]).

fib() -> fib(21).
fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).

tak() -> tak(18, 12, 6).
tak(X, Y, Z) when Y < X -> tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_, _, Z) -> Z.

nrev() ->
    L = nrev(seq(1, 400)),
    {hd(L), length(L), lists:last(L)}.
nrev([]) -> [];
nrev([H | T]) -> app(nrev(T), [H]).
app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].
seq(N, M) when N > M -> [];
seq(N, M) -> [N | seq(N + 1, M)].

%% A tuple/list walker: select on tuple arity and atoms, element access, type tests.
walk() -> walk({point, 3, [a, {b, 4}, "xy", 5.0, 1 bsl 70, {c, d, e}, [], <<"bin">>, self]}, 0).
walk({point, X, L}, Acc) -> walk(L, Acc + X);
walk({b, N}, Acc) -> Acc * N;
walk({_, _, _} = T, Acc) -> Acc + tuple_size(T) + 100;
walk([H | T], Acc) -> walk(T, walk(H, Acc));
walk([], Acc) -> Acc + 1000;
walk(A, Acc) when is_atom(A) -> Acc + 1;
walk(I, Acc) when is_integer(I) -> Acc + I rem 7;
walk(F, Acc) when is_float(F) -> Acc + 2;
walk(B, Acc) when is_binary(B) -> Acc + byte_size(B);
walk(_, Acc) -> Acc.

%% OTP's lists stays on the interpreter: calls into it and returns back out of it.
with_lists() ->
    L = lists:seq(1, 60),
    R = lists:reverse(L),
    {lists:sum(L), lists:max(R), lists:nth(7, R), length(lists:zip(L, R)), lists:sort([c, a, b]),
     lists:duplicate(3, x), lists:member(30, L), lists:keyfind(b, 1, [{a, 1}, {b, 2}])}.

%% Half a million calls: about 125 yields.
spin() -> spin(500000, 0).
spin(0, Acc) -> Acc;
spin(N, Acc) -> spin(N - 1, Acc + (N band 3)).

%% Allocation-heavy: fresh lists and tuples that die at once.
garbage() -> garbage(300, 0).
garbage(0, Acc) -> Acc;
garbage(N, Acc) ->
    L = seq(1, 50),
    T = {N, L, [N | L]},
    garbage(N - 1, Acc + sum(element(2, T)) + length(element(3, T))).
sum([]) -> 0;
sum([H | T]) -> H + sum(T).

%% Small-integer overflow into bignums and back, and float arithmetic, through the slow path.
bignums() ->
    F = fact(25),
    {F, F div fact(23), F - F + 1, 576460752303423487 + 1, -576460752303423488 - 1,
     3 * 192153584101141163, 1.5 + 2, 2 * 2.5, 7 - 0.5}.
fact(0) -> 1;
fact(N) -> N * fact(N - 1).

compares() ->
    {cmp(1, 2), cmp(2, 1), cmp(1, 1.0), cmp(a, 1), cmp([1], [1]), cmp({1, 2}, {1, 3}),
     cmp(1 bsl 65, 1 bsl 64), cmp("abc", "abd"), cmp(1.0, 1), cmp(<<1>>, <<1>>)}.
cmp(A, B) ->
    {A == B, A =:= B, A /= B, A =/= B, A < B, A >= B, A > B, A =< B}.

guards() ->
    [kind(X) || X <- [1, 1 bsl 80, 2.5, atom, true, {}, {1}, [], [1], <<>>, <<1:3>>, #{}]].
kind(X) when is_boolean(X) -> boolean;
kind(X) when is_atom(X) -> atom;
kind(X) when is_integer(X), X > 100 -> big_integer;
kind(X) when is_integer(X) -> integer;
kind(X) when is_float(X) -> float;
kind(X) when is_tuple(X), tuple_size(X) =:= 1 -> one_tuple;
kind(X) when is_tuple(X) -> tuple;
kind(X) when is_list(X), X =/= [] -> list;
kind([]) -> nil;
kind(X) when is_binary(X) -> binary;
kind(X) when is_bitstring(X) -> bitstring;
kind(X) when is_map(X) -> map;
kind(_) -> other.

%% Interpreted code calling back into native code, several levels deep.
cross() -> {tj_other:twice(10), tj_other:nested(5)}.
twice_back(N) -> 2 * fib(N).

badmatch() -> {ok, _} = tj_other:identity({error, x}).

%% An exception raised in native code, caught by a handler in interpreted code.
caught_across() -> {tj_other:catching(0), tj_other:catching(1), tj_other:catching(2), tj_other:catching(3)}.
crash(0) -> 1 = tj_other:identity(2);
crash(1) -> atom_to_list(tj_other:identity(42));
crash(2) -> tj_other:identity(a) + 1;
crash(3) -> case tj_other:identity(x) of y -> ok end.

bif_error() -> element(5, tj_other:identity({1, 2})).

function_clause() -> positive(tj_other:identity(-1.5)).
positive(N) when N > 0 -> N.

%% Deep recursion: the stack grows (moves) while native frames are on it.
deep() -> deep(100000).
deep(0) -> 0;
deep(N) -> 1 + deep(N - 1).

%% try/catch in native code: exceptions from native code, from BIFs and from interpreted code.
tries() -> [attempt(K) || K <- [0, 1, 2, 3, 4, 5, 6]].
attempt(K) ->
    try risky(K) of
        {ok, V} -> {value, V};
        Other -> {other, Other}
    catch
        throw:T -> {thrown, T};
        error:badarith -> arith;
        exit:R -> {exited, R};
        error:{badmatch, M} -> {badmatch, M}
    end.
risky(0) -> {ok, 0};
risky(1) -> throw(ball);
risky(2) -> 1 + tj_other:identity(a);
risky(3) -> exit(done);
risky(4) -> {ok, _} = tj_other:identity(nope);
risky(5) -> tj_other:thrower(x);
risky(6) -> not_ok;
risky(7) -> error(oops).

%% An exception no clause of the handler takes goes on (raw_raise) to the next handler out.
nested_raise() -> try attempt(7) catch error:oops -> reraised end.

catches() ->
    {catch throw(a), catch 1 + 2, element(1, catch error(b)), catch exit(c),
     catch tj_other:thrower(d)}.

try_clause() ->
    try
        try tj_other:identity(3) of 4 -> four catch throw:_ -> thrown end
    catch
        error:{try_clause, V} -> {try_clause, V}
    end.

stacktrace() ->
    try error(x) catch error:x:Trace -> is_list(Trace) andalso length(Trace) > 0 end.

%% Funs made and called in native code, called from interpreted code (lists:map) and the other
%% way round, export funs, BIFs as funs, and calls of things that are not funs of that arity.
funs() ->
    Add = fun(X) -> X + 1 end,
    N = tj_other:identity(10),
    AddN = fun(X) -> X + N end,
    Pair = fun(A, B) -> {A, B, N} end,
    {Add(1), AddN(5), Pair(a, b), apply_twice(AddN, 0),
     lists:map(AddN, [100, 200, 300]),
     lists:foldl(fun(X, Acc) -> X * Acc end, 1, [1, 2, 3, 4]),
     (tj_other:make_adder(3))(4),
     (fun tj_other:identity/1)(x),
     (fun erlang:abs/1)(-3),
     reason(catch (tj_other:identity(not_a_fun))(1)),
     reason(catch (tj_other:identity(Add))(1, 2))}.
apply_twice(F, X) -> F(F(X)).
%% The reason of a caught error without its trace (native frames carry no line numbers yet).
reason({'EXIT', {Reason, _Trace}}) -> Reason.

%% Processes running native code: spawn, send, selective receive, receive ... after.
messages() ->
    Self = self(),
    Pids = [spawn(tj_prog, echo, [Self]) || _ <- [1, 2, 3]],
    [P ! {ping, N} || {P, N} <- lists:zip(Pids, [1, 2, 3])],
    Replies = [receive {pong, P, N} -> N end || P <- lists:reverse(Pids)],
    Timeout = receive never -> got after 10 -> timed_out end,
    N = tj_other:identity(7),
    spawn(fun() -> Self ! {from_fun, N * 6} end),
    FromFun = receive {from_fun, V} -> V end,
    {Replies, Timeout, selective(), FromFun}.
echo(Parent) ->
    receive {ping, N} -> Parent ! {pong, self(), N * 10} end.
selective() ->
    self() ! a, self() ! b, self() ! c,
    B = receive b -> b end,
    Rest = [receive X -> X end, receive Y -> Y end],
    Nothing = receive Z -> Z after 0 -> empty end,
    {B, Rest, Nothing}.

%% apply in its forms: M:F(Args) with M, F or the arity unknown, apply/2,3, as body and tail calls.
applies() ->
    M = tj_other:identity(tj_prog),
    F = tj_other:identity(fib),
    L = tj_other:identity(lists),
    {M:F(10), apply(M, F, [11]), apply(fun fib/1, [12]), apply(L, reverse, [[1, 2, 3]]),
     apply(erlang, abs, [-4]), tail_apply(M, F, [13]), tail_apply_fun(fun erlang:abs/1, [-5]),
     L:seq(1, 3), reason(catch apply(M, no_such_function, [])),
     reason(catch apply(M, F, improper)), reason(catch apply(tj_other:identity(not_a_fun), []))}.
tail_apply(M, F, A) -> apply(M, F, A).
tail_apply_fun(Fun, A) -> apply(Fun, A).

%% Float registers: arithmetic, conversions from integers and bignums, boxing, badarith.
floats() ->
    X = tj_other:identity(1.5),
    N = tj_other:identity(3),
    Big = tj_other:identity(1 bsl 70),
    {X * X + 2.0 * X - 1.0, X / 4, -X, float(N), N / 2, Big / 2.0, dist(3.0, 4.0),
     mandel(0.25, 0.25, 0, 50), reason(catch X / tj_other:identity(0.0)),
     reason(catch tj_other:identity(1.0e300) * 1.0e300), reason(catch X + tj_other:identity(a))}.
dist(A, B) -> math:sqrt(A * A + B * B).
mandel(_, _, Iter, Iter) -> Iter;
mandel(Re, Im, Iter, Max) ->
    Re2 = Re * Re - Im * Im + 0.25,
    Im2 = 2.0 * Re * Im + 0.25,
    case Re2 * Re2 + Im2 * Im2 > 4.0 of
        true -> Iter;
        false -> mandel(Re2, Im2, Iter + 1, Max)
    end.

%% Record updates of several fields (set_tuple_element), is_function/2 guards.
records() ->
    P = tj_other:identity(#point{}),
    Q = P#point{x = 1, y = 2, label = moved},
    F = fun(A, B) -> A + B end,
    {Q, P, fn2(F), fn2(fun erlang:max/2), fn2(fun lists:reverse/1), fn2(not_a_fun)}.
fn2(F) when is_function(F, 2) -> two;
fn2(F) when is_function(F) -> other_arity;
fn2(_) -> no.

%% Maps: building, updating (assoc and exact), matching keys, in guards and bodies.
maps() ->
    K = tj_other:identity(k),
    M0 = #{a => 1, K => 2},
    M1 = M0#{b => 3, a => 10},
    M2 = M1#{a := 100},
    Big = lists:foldl(fun(I, Acc) -> Acc#{I => I * I} end, #{}, lists:seq(1, 40)),
    {M0, M2, lookup(M2), lookup(#{}), has(M2), has(#{x => 1}), maps:get(17, Big), map_size(Big),
     reason(catch (tj_other:identity(M0))#{nope := 1}), reason(catch (tj_other:identity(not_a_map))#{a => 1}),
     exact_in_guard(M0), exact_in_guard(not_a_map)}.
lookup(#{a := A, b := B}) -> {A, B};
lookup(_) -> none.
has(M) when is_map_key(a, M) -> yes;
has(_) -> no.
exact_in_guard(M) -> try M#{a := 0} of _ -> updated catch error:{badmap, _} -> badmap end.

%% Stack traces through native frames: locations, body calls, a frame left by a returned call.
traces() ->
    {trace_of(fun() -> level1(tj_other:identity(bad)) end),
     try level1(tj_other:identity(bad)) catch error:R1:S1 -> {R1, own(S1)} end,
     try tj_other:call_back(bad) catch error:R2:S2 -> {R2, own(S2)} end}.
trace_of(F) -> try F() catch error:R:S -> {R, own(S)} end.
%% The program's own frames: erl runs it under erl_eval, whose frames follow.
own(Trace) -> [E || {M, _, _, _} = E <- Trace, M =:= tj_prog orelse M =:= tj_other].
level1(X) -> Y = level2(X), {Y}.
level2(X) -> _ = level3(ok), Z = level3(X), [Z].
level3(X) -> {ok, V} = {X, 1}, V.

%% The inline cases of the integer BIFs and '/', at the edges of the small-integer range.
int_ops() ->
    Values = tj_other:identity([0, 1, -1, 7, -7, 576460752303423487, -576460752303423488, 1 bsl 70, 2.5]),
    Counts = tj_other:identity([0, 1, 3, 59, 60, 63, 64, 100, -2]),
    Divided = [{A, B, outcome(catch A div B), outcome(catch A rem B), outcome(catch A / B)}
               || A <- Values, B <- Values],
    Bitwise = [{A, B, outcome(catch A band B), outcome(catch A bor B), outcome(catch A bxor B)}
               || A <- Values, B <- Values],
    Shifted = [{A, C, outcome(catch A bsl C), outcome(catch A bsr C)} || A <- Values, C <- Counts],
    {Divided, Bitwise, Shifted}.

%% hd, tl, element, tuple_size and length inline, and each one's badarg.
term_bifs() ->
    [L, T, I] = tj_other:identity([[a, b, c], {x, y, z}, [1 | 2]]),
    {hd(L), tl(L), element(1, T), element(3, T), tuple_size(T), length(L), length([]),
     outcome(catch hd([])), outcome(catch tl(T)), outcome(catch element(0, T)),
     outcome(catch element(4, T)), outcome(catch element(1 bsl 70, T)), outcome(catch element(a, T)),
     outcome(catch element(1, L)), outcome(catch tuple_size(L)), outcome(catch length(I)),
     outcome(catch length(T)),
     if is_list(L), length(L) > 2 -> long; true -> short end,
     if element(2, T) =:= y -> second; true -> other end,
     self() =:= tj_other:identity(self()), is_pid(self()),
     setelement(1, T, q), setelement(3, T, q), outcome(catch setelement(0, T, q)),
     outcome(catch setelement(4, T, q)), outcome(catch setelement(1, L, q)),
     outcome(catch setelement(1, tj_other:identity({}), q)), outcome(catch setelement(a, T, q)),
     lists:foldl(fun(K, Acc) -> setelement(K rem 40 + 1, Acc, K) end, erlang:make_tuple(40, 0),
                 lists:seq(1, 500))}.

outcome({'EXIT', {Reason, _Trace}}) -> {error, Reason};
outcome(Value) -> Value.

%% Order tests of two floats inline; mixed pairs through the term order.
float_compares() ->
    Values = tj_other:identity([-1.5, -0.0, 0.0, 0.5, 1.0, 1, 2, 1.0e300, -1.0e300, a]),
    [{A, B, A < B, A >= B, A > B, A =< B, A == B, A =:= B} || A <- Values, B <- Values].

%% Map lookups with immediate keys inline (flatmaps), everything else through the helper.
map_lookups() ->
    Small = tj_other:identity(#{a => 1, b => two, 3 => three, {t} => tuple, "s" => string}),
    Big = tj_other:identity(maps:from_list([{N, N * N} || N <- lists:seq(1, 40)] ++ [{x, y}])),
    [map_lookup(M) || M <- [Small, Big, #{}, #{a => only}, tj_other:identity(not_a_map)]].

map_lookup(M) when is_map(M) ->
    R1 = case M of #{a := A, b := B} -> {A, B}; #{a := A} -> {A}; _ -> none end,
    R2 = case M of #{3 := T} -> T; #{40 := F} -> F; _ -> none end,
    R3 = case M of #{{t} := X} -> X; #{x := X} -> X; _ -> none end,
    R4 = case M of #{"s" := S} -> S; _ -> none end,
    R5 = is_map_key(a, M),
    R6 = maps:get(b, M, default),
    {R1, R2, R3, R4, R5, R6, same_register(M)};
map_lookup(_) -> not_a_map.

same_register(M) ->
    case M of
        #{a := M2} -> M2;
        _ -> missing
    end.
