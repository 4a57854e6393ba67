-module(cv).
-export([version/0, loop/0, wait/0, adder/1, only_in_v2/0]).
version() -> 2.
loop() ->
    receive
        {From, version} -> From ! {self(), version()}, cv:loop();
        stop -> ok
    end.
wait() ->
    receive go -> version() end.
adder(N) -> fun(X) -> X + N + 1000 end.
only_in_v2() -> yes.
