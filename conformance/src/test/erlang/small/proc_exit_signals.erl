-module(proc_exit_signals).
-export([main/0]).
main() ->
    Self = self(),
    P = spawn(fun() -> process_flag(trap_exit, true), Self ! ready, loop(Self) end),
    receive ready -> ok end,
    exit(P, normal),
    exit(P, custom),
    P ! report,
    receive {got, L} -> io:format("~p~n", [L]) end,
    exit(P, kill),
    Ref = monitor(process, P),
    receive {'DOWN', Ref, _, _, R} -> io:format("~p~n", [R]) end.
loop(Parent) -> loop(Parent, []).
loop(Parent, Acc) ->
    receive
        report -> Parent ! {got, lists:reverse(Acc)}, loop(Parent, Acc);
        {'EXIT', _From, Reason} -> loop(Parent, [Reason | Acc])
    end.
