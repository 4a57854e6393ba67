-module(lib_queue_okasaki_api).
-export([main/0]).
main() ->
    Q = queue:from_list([1, 2, 3]),
    io:format("~p ~p~n", [queue:head(Q), queue:last(Q)]),
    io:format("~p~n", [queue:to_list(queue:cons(0, Q))]),
    io:format("~p~n", [queue:to_list(queue:snoc(Q, 4))]),
    io:format("~p~n", [queue:to_list(queue:tail(Q))]),
    io:format("~p~n", [queue:to_list(queue:init(Q))]),
    io:format("~p~n", [try queue:head(queue:new()) catch error:R -> R end]),
    io:format("~p~n", [queue:fold(fun(X, A) -> X + A end, 0, Q)]),
    io:format("~p~n", [queue:any(fun(X) -> X > 2 end, Q)]).
