-module(maps_update_badkey).
-export([main/0]).
main() ->
    M = id(#{a => 1}),
    io:format("~p~n", [catch M#{b := 2}]),
    io:format("~p~n", [try M#{b := 2} catch error:E -> E end]),
    io:format("~p~n", [try (id(not_a_map))#{a => 1} catch error:E2 -> E2 end]),
    io:format("~p~n", [try maps:get(zz, M) catch error:E3 -> E3 end]).
id(X) -> lists:last([X]).
