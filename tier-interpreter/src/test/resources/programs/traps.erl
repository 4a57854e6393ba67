%% Long BIFs trap and go on (lists:reverse/2) or are charged as work (length/1), so that other
%% processes run meanwhile; results must be erl's.
-module(traps).
-compile([export_all, nowarn_export_all]).

reverse_long() ->
    L = lists:seq(1, 100000),
    R = lists:reverse(L, [tail]),
    {length(R), hd(R), lists:nth(100000, R), lists:last(R)}.

reverse_improper_after_chunks() ->
    try lists:reverse(lists:seq(1, 9000) ++ improper, []) catch error:badarg -> badarg end.

reverse_as_fun() ->
    F = fun lists:reverse/2,
    length(F(lists:seq(1, 50000), [])).

reverse_lets_others_run() ->
    Self = self(),
    L = lists:seq(1, 3000000),
    P = spawn(fun() -> Self ! {ticks, count(0)} end),
    R = lists:reverse(L),
    P ! stop,
    receive {ticks, N} -> {hd(R), N > 0} end.

length_is_charged() ->
    L = lists:seq(1, 1000000),
    {reductions, R0} = process_info(self(), reductions),
    1000000 = length(L),
    {reductions, R1} = process_info(self(), reductions),
    R1 - R0 > 1000.

term_to_binary_is_charged() ->
    T = lists:seq(1, 300000),
    {reductions, R0} = process_info(self(), reductions),
    B = term_to_binary(T),
    {reductions, R1} = process_info(self(), reductions),
    {byte_size(B), R1 - R0 > 1000}.

append_is_charged() ->
    L = lists:seq(1, 300000),
    {reductions, R0} = process_info(self(), reductions),
    N = length(L ++ [x]),
    {reductions, R1} = process_info(self(), reductions),
    {N, R1 - R0 > 1000}.

count(N) -> receive stop -> N after 0 -> count(N + 1) end.

%% Each long BIF lets another process run while it works (it traps or yields).
length_lets_others_run() -> others_run(fun(L) -> length(L) end).

append_lets_others_run() -> others_run(fun(L) -> length(L ++ [x]) end).

term_to_binary_lets_others_run() -> others_run(fun(L) -> byte_size(term_to_binary(L)) end).

term_to_binary_with_options_lets_others_run() ->
    others_run(fun(L) -> byte_size(term_to_binary({L, L}, [{minor_version, 1}, compressed])) end).

others_run(Work) ->
    Self = self(),
    L = lists:seq(1, 2000000),
    P = spawn(fun() -> Self ! {ticks, count(0)} end),
    R = Work(L),
    P ! stop,
    receive {ticks, N} -> {R, N > 0} end.

%% A failure found after the first slices names the call as it was made.
length_improper_after_slices() -> failure(fun() -> length(lists:seq(1, 300000) ++ tail) end).

length_in_guard_of_improper() ->
    L = lists:seq(1, 300000) ++ tail,
    if length(L) > 5 -> long; true -> not_a_list end.

length_in_guard() ->
    L = lists:seq(1, 300000),
    if length(L) > 299999 -> long; true -> short end.

length_keeps_live_registers() ->
    A = lists:seq(1, 300000),
    B = {kept, self()},
    N = length(A),
    {N, B =:= {kept, self()}, lists:sum(A)}.

append_improper_after_slices() -> failure(fun() -> (lists:seq(1, 300000) ++ [x | y]) ++ [z] end).

append_result_is_exact() ->
    L = lists:seq(1, 300000) ++ [a],
    R = L ++ {not_a_list},
    {length(L), lists:last(L), tl(lists:nthtail(299999, R))}.

%% erl names lists:reverse/2 with the arguments of the slice that failed, which depend on how
%% far each slice went; only the error and the function are compared.
reverse_improper_names_the_call() ->
    {error, badarg, lists, reverse, Args} = failure(fun() -> lists:reverse(lists:seq(1, 300000) ++ foo, [t]) end),
    length(Args).

term_to_binary_round_trip() ->
    T = {lists:seq(1, 200000), [{K, <<K:32>>, float(K)} || K <- lists:seq(1, 20000)], #{a => lists:seq(1, 5000)}},
    B = term_to_binary(T),
    {byte_size(B), erlang:md5(B)}.

term_to_binary_via_apply() ->
    F = fun erlang:term_to_binary/1,
    L = lists:seq(1, 300000),
    {byte_size(F(L)), byte_size(apply(erlang, term_to_binary, [L])), length(apply(erlang, '++', [L, L]))}.

length_via_apply_of_improper() ->
    failure(fun() -> apply(erlang, length, [lists:seq(1, 300000) ++ x]) end).

failure(F) ->
    try F() of V -> {no_error, V}
    catch C:R:S ->
        [{M, Fn, Args, _} | _] = S,
        {C, R, M, Fn, [summary(A) || A <- Args]}
    end.

summary([A, B, C | _]) -> {list, [A, B, C]};
summary(A) -> A.

short_length_via_apply_of_improper() ->
    failure(fun() -> apply(erlang, length, [[a, b | c]]) end).

short_length_via_fun_of_improper() ->
    F = fun erlang:length/1,
    failure(fun() -> F([a | b]) end).
