-module(proc_ping_pong).
-export([main/0]).
main() ->
    Pong = spawn(fun pong/0),
    ping(Pong, 5),
    Pong ! stop,
    io:format("done~n").
ping(_, 0) -> ok;
ping(Pong, N) ->
    Pong ! {ping, self(), N},
    receive {pong, N} -> io:format("pong ~w~n", [N]) end,
    ping(Pong, N - 1).
pong() ->
    receive
        {ping, From, N} -> From ! {pong, N}, pong();
        stop -> ok
    end.
