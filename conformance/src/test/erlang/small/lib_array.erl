-module(lib_array).
-export([main/0]).
main() ->
    A = array:from_list([a, b, c, d]),
    io:format("~p ~p~n", [array:size(A), array:get(2, A)]),
    A2 = array:set(10, z, A),
    io:format("~p ~p~n", [array:size(A2), array:get(7, A2)]),
    io:format("~p~n", [array:to_list(A2)]),
    io:format("~p~n", [array:sparse_to_orddict(A2)]),
    F = array:new(5, [{default, 0}, fixed]),
    io:format("~p~n", [array:to_list(array:set(1, 9, F))]),
    io:format("~p~n", [catch array:set(7, 1, F)]),
    io:format("~p~n", [array:foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A)]),
    io:format("~p~n", [array:to_list(array:map(fun(_, V) -> {V} end, A))]),
    io:format("~p~n", [array:to_list(array:resize(2, A))]),
    Big = lists:foldl(fun(I, Acc) -> array:set(I, I * I, Acc) end, array:new(), lists:seq(0, 999)),
    io:format("~p~n", [array:get(999, Big)]).
