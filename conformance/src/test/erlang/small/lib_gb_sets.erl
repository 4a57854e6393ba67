-module(lib_gb_sets).
-export([main/0]).
main() ->
    S = gb_sets:from_list([9, 3, 7, 1, 3]),
    io:format("~w~n", [gb_sets:to_list(S)]),
    io:format("~w ~w~n", [gb_sets:smallest(S), gb_sets:largest(S)]),
    S2 = gb_sets:add(5, gb_sets:delete(9, S)),
    io:format("~w~n", [gb_sets:to_list(S2)]),
    io:format("~w~n", [gb_sets:to_list(gb_sets:union(S, S2))]),
    io:format("~w~n", [gb_sets:to_list(gb_sets:difference(S, S2))]),
    io:format("~w~n", [gb_sets:is_member(7, S2)]),
    io:format("~w~n", [gb_sets:fold(fun(X, A) -> [X | A] end, [], S2)]),
    io:format("~w~n", [gb_sets:to_list(gb_sets:filter(fun(X) -> X > 3 end, S2))]),
    {Min, Rest} = gb_sets:take_smallest(S2),
    io:format("~w ~w~n", [Min, gb_sets:size(Rest)]).
