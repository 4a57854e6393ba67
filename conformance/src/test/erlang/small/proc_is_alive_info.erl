-module(proc_is_alive_info).
-export([main/0]).
main() ->
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("~p~n", [is_process_alive(P)]),
    {message_queue_len, Q0} = process_info(P, message_queue_len),
    P ! hold_on, P ! stop,
    Ref = monitor(process, P),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    io:format("~p ~p~n", [Q0, is_process_alive(P)]),
    io:format("~p~n", [process_info(P)]),
    self() ! a, self() ! b,
    io:format("~p~n", [process_info(self(), messages)]),
    io:format("~p~n", [process_info(self(), registered_name)]).
