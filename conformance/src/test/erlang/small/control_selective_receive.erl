-module(control_selective_receive).
-export([main/0]).
main() ->
    [self() ! {msg, N, priority(N)} || N <- lists:seq(1, 8)],
    High = collect(high, []),
    Low = collect(low, []),
    io:format("~w~n~w~n", [High, Low]).
priority(N) when N rem 3 =:= 0 -> high;
priority(_) -> low.
collect(P, Acc) ->
    receive {msg, N, P} -> collect(P, [N | Acc])
    after 0 -> lists:reverse(Acc)
    end.
