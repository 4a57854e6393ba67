-module(ets_large_table).
-export([main/0]).
main() ->
    T = ets:new(big, [set]),
    ets:insert(T, [{N, N * N} || N <- lists:seq(1, 50000)]),
    io:format("~p~n", [ets:info(T, size)]),
    io:format("~p~n", [ets:lookup(T, 31415)]),
    io:format("~p~n", [ets:foldl(fun({_, V}, A) -> A + V end, 0, T)]),
    io:format("~p~n", [length(ets:select(T, [{{'$1', '_'}, [{'<', '$1', 100}], ['$1']}]))]),
    [ets:delete(T, N) || N <- lists:seq(1, 50000, 2)],
    io:format("~p~n", [ets:info(T, size)]),
    O = ets:new(ord, [ordered_set]),
    %% One insert per object: which of several same-key objects in ONE insert list wins is
    %% not defined by ets (erl keeps a different one for short and for long lists).
    [ets:insert(O, {N rem 1000, N}) || N <- lists:seq(1, 5000)],
    io:format("~p ~p~n", [ets:first(O), ets:lookup(O, 999)]).
