-module(try_catch_expr).
-export([main/0]).
main() ->
    io:format("~p~n", [catch 1 + 1]),
    io:format("~p~n", [catch throw(x)]),
    io:format("~p~n", [catch exit(y)]),
    {'EXIT', {Reason, [First | _]}} = (catch error(z)),
    io:format("~p ~p~n", [Reason, First]),
    io:format("~p~n", [catch erlang:error(badarg)]).
