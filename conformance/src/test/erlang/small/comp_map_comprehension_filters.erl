-module(comp_map_comprehension_filters).
-export([main/0]).
main() ->
    M = #{a => 1, b => 2, c => 3},
    io:format("~w~n", [lists:sort([{K, V * 10} || {K, V} <- maps:to_list(M), V > 1])]),
    io:format("~w~n", [[X || X <- [1, 2, 3], begin put(seen, X), true end]]),
    io:format("~w~n", [get(seen)]),
    io:format("~w~n", [[Y || X <- [1, 2, 3], Y <- [X, X * 10], Y rem 2 =:= 0]]).
