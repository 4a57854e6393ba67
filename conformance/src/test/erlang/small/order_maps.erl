-module(order_maps).
-export([main/0]).
%% Maps order by size, then keys in term order, then values.
main() ->
    Maps = [#{b => 1}, #{a => 2}, #{a => 1, b => 1}, #{}, #{1 => x}, #{1.0 => x}, #{a => 1}],
    io:format("~w~n", [lists:sort(Maps)]),
    io:format("~w ~w~n", [#{1 => a} == #{1.0 => a}, #{1 => a} < #{1.0 => a}]).
