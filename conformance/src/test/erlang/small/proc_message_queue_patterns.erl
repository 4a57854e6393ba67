-module(proc_message_queue_patterns).
-export([main/0]).
%% Receive skips non-matching messages and leaves them in order.
main() ->
    [self() ! M || M <- [{a, 1}, {b, 2}, {a, 3}, c, {b, 4}]],
    B = receive {b, X} -> X end,
    C = receive c -> c end,
    {messages, Rest} = process_info(self(), messages),
    io:format("~p ~p ~p~n", [B, C, Rest]),
    All = [receive M -> M end || _ <- Rest],
    io:format("~p~n", [All]).
