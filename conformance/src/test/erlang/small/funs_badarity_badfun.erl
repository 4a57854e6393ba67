-module(funs_badarity_badfun).
-export([main/0]).
main() ->
    F = id(fun(X) -> X end),
    io:format("~p~n", [try F(1, 2) catch error:{badarity, {Fun, Args}} -> {badarity, is_function(Fun), Args} end]),
    io:format("~p~n", [try (id(not_a_fun))(1) catch error:E -> E end]),
    io:format("~p~n", [try apply(id(nomod_xyz), f, []) catch error:E2 -> E2 end]),
    io:format("~p~n", [try ?MODULE:nofun() catch error:E3 -> E3 end]).
id(X) -> lists:last([X]).
