-module(proc_link_chain).
-export([main/0]).
%% A chain of 1,000 linked processes whose head traps exits: the last member crashes, the exit
%% signal travels the chain killing each member, and the head receives it as a message.
main() ->
    process_flag(trap_exit, true),
    Self = self(),
    Head = spawn_link(fun() -> process_flag(trap_exit, true), head(Self) end),
    Tail = grow(Head, 1000),
    Before = length(processes()),
    Tail ! crash,
    receive {head_saw, Reason} -> io:format("head saw ~p~n", [Reason]) end,
    wait_until(Before - 1000),
    io:format("members left: ~p, head alive: ~p~n", [Before - length(processes()), is_process_alive(Head)]),
    Head ! stop,
    receive {'EXIT', Head, Why} -> io:format("head ended ~p~n", [Why]) end.

%% Asks the current tail to spawn and link the next member, N times; returns the last one.
grow(Tail, 0) -> Tail;
grow(Tail, N) ->
    Tail ! {spawn_next, self()},
    receive {next, Next} -> grow(Next, N - 1) end.

head(Main) ->
    receive
        {spawn_next, Asker} -> Asker ! {next, spawn_link(fun member/0)}, head(Main);
        {'EXIT', _From, Reason} -> Main ! {head_saw, Reason}, head(Main);
        stop -> exit(done)
    end.

member() ->
    receive
        {spawn_next, Asker} -> Asker ! {next, spawn_link(fun member/0)}, member();
        crash -> exit(member_crashed)
    end.

wait_until(Target) ->
    case length(processes()) =< Target of
        true -> ok;
        false -> receive after 5 -> wait_until(Target) end
    end.
