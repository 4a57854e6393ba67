%% Message passing: a ring of 500 processes passes a counter around Size times; each hop is
%% one send and one receive, and the scheduler switches process on every hop.
-module(bench_ring).
-export([run/1, default_size/0, quick_size/0]).

-define(RING_SIZE, 500).

default_size() -> 400.
quick_size() -> 40.

run(Rounds) ->
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, self(),
                        lists:seq(1, ?RING_SIZE - 1)),
    Hops = Rounds * ?RING_SIZE,
    First ! {token, Hops - 1, 0},
    Sum = lead(First),
    First ! stop,
    receive stop -> ok end,
    {Hops, Sum}.

%% The caller is the ring's last member: it forwards the token until no hops are left.
lead(First) ->
    receive
        {token, 0, Sum} ->
            Sum;
        {token, Left, Sum} ->
            First ! {token, Left - 1, Sum + 1},
            lead(First)
    end.

%% Forwards the token, adding one to its sum; passes 'stop' on and ends.
relay(Next) ->
    receive
        {token, Left, Sum} ->
            Next ! {token, Left - 1, Sum + 1},
            relay(Next);
        stop ->
            Next ! stop
    end.
