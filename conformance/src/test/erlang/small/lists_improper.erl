-module(lists_improper).
-export([main/0]).
main() ->
    L = [1, 2 | three],
    io:format("~w ~p~n", [L, L]),
    io:format("~w~n", [tl(tl(L))]),
    io:format("~w~n", [catch length(id(L))]),
    io:format("~w~n", [is_list(L)]),
    io:format("~w~n", [[a | [b | [c | []]]]]).
id(X) -> lists:last([X]).
