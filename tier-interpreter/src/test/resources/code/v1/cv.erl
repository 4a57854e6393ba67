-module(cv).
-export([version/0, loop/0, wait/0, adder/1]).
version() -> 1.
%% A server that makes a fully qualified call on each message: it moves to new code.
loop() ->
    receive
        {From, version} -> From ! {self(), version()}, cv:loop();
        stop -> ok
    end.
%% A process that waits in this version's code until told to go on.
wait() ->
    receive go -> version() end.
adder(N) -> fun(X) -> X + N end.
