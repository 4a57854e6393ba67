-module(lib_lists_sort_stability).
-export([main/0]).
%% lists:sort/2 and keysort are stable.
main() ->
    L = [{b, 1}, {a, 2}, {b, 3}, {a, 4}, {c, 5}, {a, 6}],
    io:format("~p~n", [lists:keysort(1, L)]),
    io:format("~p~n", [lists:sort(fun({A, _}, {B, _}) -> A =< B end, L)]),
    io:format("~p~n", [lists:usort(fun({A, _}, {B, _}) -> A =< B end, L)]),
    io:format("~p~n", [lists:ukeysort(1, L)]).
