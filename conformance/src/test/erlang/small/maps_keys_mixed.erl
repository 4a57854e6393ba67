-module(maps_keys_mixed).
-export([main/0]).
main() ->
    M = #{1 => int, 1.0 => float, <<"1">> => bin, "1" => str, '1' => atom, {1} => tuple, [1] => list},
    io:format("~p~n", [M]),
    io:format("~w~n", [maps:to_list(M)]),
    io:format("~p ~p~n", [maps:get(1, M), maps:get(1.0, M)]).
