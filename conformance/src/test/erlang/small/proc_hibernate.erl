-module(proc_hibernate).
-export([main/0, loop/1, crash/0]).
%% erlang:hibernate/3: the process waits with its stack dropped, then runs M:F(Args) on the
%% next message; returning from it ends the process, and no catch of the caller survives.
main() ->
    P = spawn(fun() -> erlang:hibernate(?MODULE, loop, [0]) end),
    [P ! {add, N, self()} || N <- [1, 2, 3]],
    [receive {sum, S} -> io:format("sum ~w~n", [S]) end || _ <- [1, 2, 3]],
    Ref = monitor(process, P),
    P ! {stop, self()},
    receive {'DOWN', Ref, process, P, Why} -> io:format("down ~w~n", [Why]) end,
    %% A message already queued: the call goes on at once.
    self() ! go,
    Q = spawn(fun() -> self() ! early, erlang:hibernate(?MODULE, loop, [10]) end),
    Q ! {add, 5, self()},
    receive {sum, S2} -> io:format("queued ~w~n", [S2]) end,
    %% The caller's catch is gone once hibernating: the crash ends the process.
    C = spawn(fun() -> catch erlang:hibernate(?MODULE, crash, []) end),
    CRef = monitor(process, C),
    C ! wake,
    receive {'DOWN', CRef, process, C, Reason} -> io:format("crashed ~w~n", [Reason]) end,
    %% Bad arguments are badarg in the caller, before anything is dropped.
    io:format("~w~n", [try erlang:hibernate(?MODULE, loop, not_a_list) catch error:E1 -> E1 end]),
    io:format("~w~n", [try erlang:hibernate("m", loop, []) catch error:E2 -> E2 end]),
    receive go -> ok end,
    exit(Q, kill).

loop(Sum) ->
    receive
        {add, N, From} -> From ! {sum, Sum + N}, erlang:hibernate(?MODULE, loop, [Sum + N]);
        early -> loop(Sum);
        {stop, _From} -> done
    end.

crash() -> exit(after_hibernate).
