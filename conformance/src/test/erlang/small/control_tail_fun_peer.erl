-module(control_tail_fun_peer).
-export([main/0, relay/0, spin/1]).
%% The other module of funs_tail_call_loops: a fun whose code is here calls back into that
%% module, and a loop of tail calls through a fun of this module alone. As a program of its own,
%% runs a short loop of each.

main() ->
    io:format("~p~n", [funs_tail_call_loops:loop(relay(), 1000)]),
    io:format("~p~n", [spin(1000)]).

relay() ->
    fun(G, N) -> funs_tail_call_loops:loop(G, N) end.

spin(N) ->
    Spin = fun(_, 0) -> {stack_size, Words} = erlang:process_info(self(), stack_size), {spun, Words < 200};
              (G, K) -> G(G, K - 1) end,
    Spin(Spin, N).
