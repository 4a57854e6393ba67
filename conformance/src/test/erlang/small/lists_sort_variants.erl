-module(lists_sort_variants).
-export([main/0]).
main() ->
    L = [5, 3, 9, 1, 3, 7, 5, 0, -2, 8],
    io:format("~w~n", [lists:sort(L)]),
    io:format("~w~n", [lists:usort(L)]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A > B end, L)]),
    io:format("~w~n", [lists:merge([1, 4, 7], [2, 3, 9])]),
    io:format("~w~n", [lists:umerge([1, 2, 4], [2, 3, 4])]),
    io:format("~w~n", [lists:merge3([1], [0, 5], [3])]),
    io:format("~w~n", [lists:merge([[1, 5], [2, 3], [0]])]),
    Big = [(X * 7919) rem 1009 || X <- lists:seq(1, 3000)],
    S = lists:sort(Big),
    io:format("~w ~w ~w~n", [hd(S), lists:last(S), lists:sum(lists:sublist(S, 100))]).
