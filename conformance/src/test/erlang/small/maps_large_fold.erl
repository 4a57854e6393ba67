-module(maps_large_fold).
-export([main/0]).
%% A 100,000-key map built and folded (only order-independent results are printed).
main() ->
    M = lists:foldl(fun(K, Acc) -> Acc#{K => K * 3} end, #{}, lists:seq(1, 100000)),
    io:format("~w~n", [map_size(M)]),
    io:format("~w~n", [maps:fold(fun(K, V, A) -> A + K + V end, 0, M)]),
    io:format("~w ~w~n", [maps:get(77777, M), maps:is_key(100001, M)]),
    io:format("~w~n", [lists:sum(lists:sort(maps:keys(M)))]),
    M2 = maps:filter(fun(K, _) -> K rem 1000 =:= 0 end, M),
    io:format("~w~n", [lists:sort(maps:to_list(M2))]).
