-module(ets_select_continuation).
-export([main/0]).
main() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{N, N rem 3} || N <- lists:seq(1, 20)]),
    MS = [{{'$1', 0}, [], ['$1']}],
    {First, Cont} = ets:select(T, MS, 3),
    io:format("~p~n", [First]),
    io:format("~p~n", [rest(ets:select(Cont))]),
    io:format("~p~n", [ets:select_reverse(T, MS)]),
    io:format("~p~n", [ets:match(T, {'$1', 1}, 2) =/= '$end_of_table']),
    io:format("~p~n", [ets:select_replace(T, [{{'$1', 2}, [], [{{'$1', two}}]}])]),
    io:format("~p~n", [ets:lookup(T, 5)]).
rest('$end_of_table') -> [];
rest({L, C}) -> L ++ rest(ets:select(C)).
