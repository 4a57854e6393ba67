-module(otp_proc_lib_sys).
-export([main/0, init/1]).
main() ->
    {ok, P} = proc_lib:start_link(?MODULE, init, [self()]),
    P ! {get, self()},
    receive {state, S} -> io:format("~p~n", [S]) end,
    io:format("~p~n", [proc_lib:initial_call(P)]),
    {dictionary, D} = process_info(P, dictionary),
    io:format("~p~n", [proplists:get_value('$initial_call', D)]),
    P ! stop.
init(Parent) ->
    proc_lib:init_ack(Parent, {ok, self()}),
    loop(started).
loop(S) ->
    receive
        {get, From} -> From ! {state, S}, loop(S);
        stop -> ok
    end.
