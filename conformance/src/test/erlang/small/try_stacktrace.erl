-module(try_stacktrace).
-export([main/0]).
main() ->
    try level1(id(0))
    catch error:R:St ->
        io:format("reason ~p~n", [R]),
        io:format("first ~p~n", [hd(St)]),
        io:format("depth>=3 ~p~n", [length(St) >= 3]),
        [io:format("frame ~p ~p ~p~n", [M, F, A]) || {M, F, A, _} <- lists:sublist(St, 3)]
    end,
    try lists:nth(id(10), [1, 2])
    catch error:R2:St2 ->
        io:format("~p ~p~n", [R2, hd(St2)])
    end.
level1(X) -> [level2(X)].
level2(X) -> [level3(X)].
level3(X) -> 10 div X.
id(X) -> lists:last([X]).
