-module(proc_message_order).
-export([main/0]).
%% Messages from one sender arrive in the order sent.
main() ->
    Self = self(),
    P = spawn(fun() -> [Self ! {seq, N} || N <- lists:seq(1, 1000)], Self ! done end),
    L = gather([]),
    io:format("~w ~w ~w~n", [length(L), L =:= lists:seq(1, 1000), is_pid(P)]).
gather(Acc) ->
    receive {seq, N} -> gather([N | Acc]); done -> lists:reverse(Acc) end.
