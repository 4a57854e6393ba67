-module(tr).
-export([run/1, clean/1, id/1]).
%% Each run/1 clause raises one kind of exception and returns what was caught, with the
%% trace cut to the frames of these modules and OTP's lists (erl's own shell frames differ).

id(X) -> X.

%% A remote call hides the value from the compiler's type inference, so functions that end
%% here may return and their callers keep real (non-tail) calls.
bottom() -> case ?MODULE:id(fail) of fail -> error(bottom); Other -> Other end.

%% a/1 and b/1 alternate, so every level leaves its own continuation pointer.
a(0) -> bottom();
a(N) -> {a, b(N - 1)}.
b(N) -> {b, a(N)}.

%% The same call site at every level: consecutive equal CPs are recorded once.
down(0) -> bottom();
down(N) -> 1 + down(N - 1).

tail(0) -> setelement(5, id({}), x);
tail(N) -> tail(N - 1).

fc(a, _) -> ok.

bm(X) -> {ok, _} = X, ok.
cc(X) -> case X of ok -> 1 end.
ic(X) -> if X > 10 -> big end.
tc(X) -> try id(X) of ok -> 1 catch _ -> 2 end.
el(X) -> element(5, X).
ar(X) -> X + 1.
sub(X) -> X - 1.
e2(X) -> error(bad_thing, [X, 2]).
e3(X) -> error(bad_thing, [X], [{error_info, #{module => tr, cause => X}}]).
thr(X) -> throw({thrown, X}).
fdiv(X) when is_float(X) -> Y = X * 2.0, Y / (X - X).
fmul(X) when is_float(X) -> Y = X * 1.0e300, Y * 1.0e300.
arity(F) -> F(1, 2).
upd(M) -> M#{a := 1}.
getk(M) -> #{a := V} = M, V.
ex(X) -> exit({gone, X}).

%% A fun passed to lists:map, so its own name ('-mapper/1-fun-0-') shows.
mapper(K) -> lists:map(fun(Y) -> element(Y + K, {}) end, [1, 2]).

rethrow(X) ->
    try bm(X) catch error:R:St -> erlang:raise(error, {again, R}, St) end.

cleanup(X) ->
    try cc(X) after id(done) end.

trap(F) -> try F() catch C:R:S -> {C, R, S} end.

with_depth(D, F) ->
    Old = erlang:system_flag(backtrace_depth, D),
    R = (catch F()),
    Back = erlang:system_flag(backtrace_depth, Old),
    {Old, Back, clean(R)}.

run(N) when N >= 1, N =< 12 -> clean(catch a(N));
run(13) -> clean(catch down(12));
run(14) -> clean(catch tail(5));
run(15) -> clean(catch fc(b, [1, 2]));
run(16) -> clean(catch bm(x));
run(17) -> clean(catch cc(x));
run(18) -> clean(catch ic(3));
run(19) -> clean(catch tc(x));
run(20) -> clean(catch el({1}));
run(21) -> clean(catch ar(a));
run(22) -> clean(catch sub(a));
run(23) -> clean(catch e2(x));
run(24) -> clean(catch e3(x));
run(25) -> clean(try thr(x) catch C:R:S -> {C, R, S} end);
run(26) -> clean(try ex(x) catch C:R:S -> {C, R, S} end);
run(27) -> {catch thr(y), catch ex(y)};
run(28) -> clean(catch mapper(3));
run(29) -> clean(catch lists:nth(0, []));
run(30) -> clean(catch tr_other:f(x));
run(31) -> clean(catch tr_other:g(7));
run(32) -> clean(catch rethrow(y));
run(33) -> clean(catch cleanup(y));
run(34) -> clean(catch erlang:raise(throw, r, [{m, f, 1, []}, {m, g, [a], [{line, 3}]}]));
run(35) -> {catch erlang:raise(error, r, bad), catch erlang:raise(oops, r, []), catch erlang:raise(error, r, [x])};
run(36) -> with_depth(3, fun() -> a(12) end);
run(37) -> with_depth(0, fun() -> a(12) end);
run(38) -> with_depth(1, fun() -> el({}) end);
run(39) -> with_depth(2, fun() -> el({}) end);
run(40) -> with_depth(20, fun() -> a(14) end);
run(41) -> {clean(catch erlang:system_flag(backtrace_depth, -1)), clean(catch erlang:system_flag(backtrace_depth, x))};
run(42) -> with_depth(1000, fun() -> a(3) end);
run(43) ->
    %% After a caught error, the next trace must not show frames the catch cut away.
    _ = (catch a(5)),
    _ = (catch el({})),
    clean(catch bm(z));
run(44) -> clean(catch tr_other:nope(1));
run(45) -> clean(catch setelement(5, id({}), x));
run(46) -> clean(catch lists:reverse(id(a), b));
run(47) -> clean(catch length(id(a)));
run(48) -> clean(catch apply(tr_other, f, [x]));
run(49) -> clean(catch apply(erlang, setelement, [5, {}, x]));
run(50) -> clean(catch apply(id(erlang), error, [id(oops), [1]]));
run(51) -> F = id(fun erlang:setelement/3), clean(catch F(5, {}, x));
run(52) -> F = id(fun tr_other:nope/2), clean(catch F(1, 2));
run(53) -> F = id(fun tr_other:f/1), clean(catch F(y));
run(54) -> clean(catch lists:map(fun(X) -> 10 div X end, [2, 1, 0]));
run(55) -> clean(catch a(5000));
run(56) ->
    Long = [{tr, f, K, []} || K <- lists:seq(1, 12)],
    {trap(fun() -> erlang:raise(error, r, Long) end),
     with_depth(0, fun() -> trap(fun() -> erlang:raise(exit, r, Long) end) end),
     with_depth(2, fun() -> trap(fun() -> erlang:raise(throw, r, Long) end) end)};
run(57) -> clean(catch fdiv(id(1.5)));
run(58) -> clean(catch fmul(id(1.5)));
run(59) ->
    %% The fun itself is left out: the test's printer does not print funs.
    {'EXIT', {{badarity, {_, Args}}, St}} = (catch arity(id(fun(X) -> X end))),
    {badarity, Args, keep(St)};
run(60) -> clean(catch arity(id(not_a_fun)));
run(61) -> clean(catch upd(id(#{})));
run(62) -> clean(catch getk(id(#{b => 1})));
run(63) -> clean(catch apply(id(tr_nowhere), f, id([1, two])));
run(64) -> clean(catch apply(id(lists), no_such_function, id([x])));
run(65) -> clean(catch apply(id(erlang), element, id([5, {}])));
run(66) -> try apply(id(tr_nowhere), f, id([1])) catch error:undef:S -> hd(S) end;
run(67) -> try erts_internal:map_next(id(x), y, z) catch error:R:S -> {R, hd(S)} end;
run(68) -> try os:getenv(id(1)) catch error:R:S -> {R, hd(S)} end;
run(69) -> try maps:get(a, id(x)) catch error:R:S -> {R, hd(S)} end;
run(70) -> try lists:reverse(id(x), []) catch error:R:S -> {R, hd(S)} end;
run(71) -> try persistent_term:get(id({tr, none})) catch error:R:S -> {R, hd(S)} end;
run(72) -> try <<(id(16#DFFF))/utf8>> catch error:R:S -> {R, hd(S)} end;
run(73) -> try <<(id(a)):8>> catch error:R:S -> {R, hd(S)} end;
run(74) -> try <<1, (id(<<1,2>>)):3/binary>> catch error:R:S -> {R, hd(S)} end;
run(75) -> try <<(id(5)):(id(-1))>> catch error:R:S -> {R, hd(S)} end;
run(76) -> try <<(id(<<1:3>>))/binary>> catch error:R:S -> {R, hd(S)} end;
run(77) -> try <<(id(1.0)):(id(8))/float>> catch error:R:S -> {R, hd(S)} end;
run(78) -> try <<(id(x))/float>> catch error:R:S -> {R, hd(S)} end;
run(79) -> try error(plain, id(none)) catch error:R:S -> {R, hd(S)} end;
run(80) -> try error(plain, id([1 | 2])) catch error:R:S -> {R, hd(S)} end;
run(81) -> ets:new(tr_named, [named_table]), try ets:new(tr_named, [named_table]) catch error:R:S -> {R, hd(S)} end.

%% Keep entries of these modules only: erl runs run/1 under erl_eval, jbeam at the bottom.
clean({'EXIT', {R, St}}) when is_list(St) -> {'EXIT', {R, keep(St)}};
clean({C, R, St}) when is_list(St) -> {C, R, keep(St)};
clean(Other) -> Other.

keep(St) -> [E || E <- St, mine(E)].

mine({M, _, _, _}) -> M =:= tr orelse M =:= tr_other orelse M =:= lists orelse M =:= erlang;
mine(_) -> false.
