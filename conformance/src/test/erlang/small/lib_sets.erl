-module(lib_sets).
-export([main/0]).
main() ->
    A = sets:from_list([1, 2, 3, 4, 5]),
    B = sets:from_list([4, 5, 6, 7]),
    io:format("~w~n", [lists:sort(sets:to_list(sets:union(A, B)))]),
    io:format("~w~n", [lists:sort(sets:to_list(sets:intersection(A, B)))]),
    io:format("~w~n", [lists:sort(sets:to_list(sets:subtract(A, B)))]),
    io:format("~w ~w~n", [sets:is_element(3, A), sets:is_element(9, A)]),
    io:format("~w ~w~n", [sets:size(A), sets:is_subset(sets:from_list([1, 2]), A)]),
    io:format("~w~n", [sets:fold(fun(X, Acc) -> X + Acc end, 0, A)]),
    V2 = sets:from_list([c, a, b], [{version, 2}]),
    io:format("~w~n", [lists:sort(sets:to_list(sets:add_element(d, V2)))]),
    io:format("~w~n", [sets:is_disjoint(A, sets:from_list([10]))]),
    io:format("~w~n", [lists:sort(sets:to_list(sets:filter(fun(X) -> X > 2 end, A)))]),
    O = ordsets:from_list([3, 1, 2, 3]),
    io:format("~w ~w~n", [O, ordsets:union(O, [0, 5])]),
    io:format("~w~n", [ordsets:intersection([[1, 2, 3], [2, 3, 4], [3, 4, 5]])]).
