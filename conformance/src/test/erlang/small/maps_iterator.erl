-module(maps_iterator).
-export([main/0]).
main() ->
    M = #{1 => a, 2 => b, 3 => c, 4 => d},
    I = maps:iterator(M),
    io:format("~p~n", [walk(maps:next(I), [])]),
    io:format("~p~n", [maps:size(M)]).
walk(none, Acc) -> lists:reverse(Acc);
walk({K, V, I}, Acc) -> walk(maps:next(I), [{K, V} | Acc]).
