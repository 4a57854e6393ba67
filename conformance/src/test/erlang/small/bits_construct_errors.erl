-module(bits_construct_errors).
-export([main/0]).
main() ->
    io:format("~p~n", [try <<(id(a)):8>> catch error:R -> R end]),
    io:format("~p~n", [try <<(id(1.5)):8>> catch error:R2 -> R2 end]),
    io:format("~p~n", [try <<(id(<<1:3>>))/binary>> catch error:R3 -> R3 end]),
    io:format("~p~n", [try <<1:(id(-1))>> catch error:R4 -> R4 end]),
    io:format("~p~n", [try <<(id("str"))/binary>> catch error:R5 -> R5 end]),
    io:format("~w~n", [<<(id(256)):8, (id(-1)):4>>]).
id(X) -> lists:last([X]).
