-module(string_binary_strings).
-export([main/0]).
main() ->
    B = <<"Hello Binary World">>,
    io:format("~p~n", [string:uppercase(B)]),
    io:format("~p~n", [string:split(B, " ", all)]),
    io:format("~p~n", [string:replace(B, "Binary", "Big")]),
    io:format("~p~n", [string:slice(B, 6, 6)]),
    io:format("~p~n", [string:find(B, "World")]),
    io:format("~p~n", [string:trim(<<"\t spaced \n">>)]),
    io:format("~p~n", [string:length(<<"çà"/utf8>>)]),
    io:format("~p~n", [string:reverse(<<"abc">>)]),
    io:format("~p~n", [string:to_graphemes(<<"ab"/utf8>>)]).
