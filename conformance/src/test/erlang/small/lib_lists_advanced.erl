-module(lib_lists_advanced).
-export([main/0]).
main() ->
    io:format("~p~n", [lists:subtract([a, b, c, a], [a])]),
    io:format("~p~n", [lists:prefix([1, 2], [1, 2, 3])]),
    io:format("~p~n", [lists:suffix([3], [1, 2, 3])]),
    io:format("~p~n", [lists:delete(b, [a, b, c, b])]),
    io:format("~p~n", [lists:droplast([1, 2, 3])]),
    io:format("~p~n", [lists:max([3, 1, 4])]),
    io:format("~p~n", [lists:foldl(fun(X, {Min, Max}) -> {min(X, Min), max(X, Max)} end, {inf, 0}, [5, 2, 8])]),
    io:format("~p~n", [lists:zip3([1, 2], [a, b], [x, y])]),
    io:format("~p~n", [lists:unzip3([{1, a, x}, {2, b, y}])]),
    io:format("~p~n", [lists:filtermap(fun(X) when X > 2 -> {true, X * 10}; (X) -> X =:= 1 end, [1, 2, 3, 4])]),
    io:format("~p~n", [lists:join(sep, [a, b, c])]),
    io:format("~p~n", [lists:splitwith(fun erlang:is_atom/1, [a, b, 1, c])]),
    io:format("~p~n", [lists:flatlength([1, [2, [3, 4]], 5])]),
    io:format("~p~n", [lists:keymap(fun(X) -> X * 2 end, 2, [{a, 1}, {b, 2}])]),
    io:format("~p~n", [lists:rukeymerge(1, [{c, 1}, {a, 1}], [{b, 2}])]),
    io:format("~p~n", [lists:sort([{b, 2}, {a, 2}, {a, 1}])]),
    io:format("~p~n", [catch lists:nth(0, [1])]).
