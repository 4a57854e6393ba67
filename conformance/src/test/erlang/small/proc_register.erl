-module(proc_register).
-export([main/0]).
main() ->
    P = spawn(fun loop/0),
    true = register(my_server, P),
    io:format("~p~n", [whereis(my_server) =:= P]),
    my_server ! {self(), hello},
    receive {reply, M} -> io:format("~p~n", [M]) end,
    io:format("~p~n", [lists:member(my_server, registered())]),
    io:format("~p~n", [try register(my_server, self()) catch error:R -> R end]),
    unregister(my_server),
    io:format("~p~n", [whereis(my_server)]),
    io:format("~p~n", [try my_server ! x catch error:R2 -> R2 end]),
    P ! stop.
loop() ->
    receive
        {From, Msg} -> From ! {reply, {echo, Msg}}, loop();
        stop -> ok
    end.
