-module(control_begin_blocks_match).
-export([main/0]).
main() ->
    X = begin A = 1, B = 2, A + B end,
    io:format("~p~n", [X]),
    {ok, [H | T]} = {ok, "list"},
    io:format("~p ~p~n", [H, T]),
    [_, Second | _] = lists:seq(10, 20),
    io:format("~p~n", [Second]),
    Y = Z = 5,
    io:format("~p ~p~n", [Y, Z]),
    "pre" ++ Rest = "prefixed",
    io:format("~p~n", [Rest]),
    io:format("~p~n", [try {a, _} = id({b, 1}) catch error:{badmatch, V} -> {badmatch, V} end]).
id(X) -> lists:last([X]).
