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
