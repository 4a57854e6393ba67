-module(control_receive_after).
-export([main/0]).
main() ->
    R1 = receive never -> got after 10 -> timeout end,
    io:format("~p~n", [R1]),
    self() ! hello,
    R2 = receive hello -> got_hello after 1000 -> timeout end,
    io:format("~p~n", [R2]),
    R3 = receive _ -> something after 0 -> empty_mailbox end,
    io:format("~p~n", [R3]),
    self() ! {data, 1}, self() ! {data, 2}, self() ! other,
    R4 = receive other -> other_first after 0 -> none end,
    io:format("~p~n", [R4]),
    io:format("~p~n", [flush([])]).
flush(Acc) -> receive M -> flush([M | Acc]) after 0 -> lists:reverse(Acc) end.
