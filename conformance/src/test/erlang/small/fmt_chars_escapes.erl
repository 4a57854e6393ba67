-module(fmt_chars_escapes).
-export([main/0]).
main() ->
    io:format("~p~n", [[7, 8, 9, 10, 11, 12, 13, 27, 127]]),
    io:format("~p~n", ["\a\b\t\n\v\f\r\e\d"]),
    io:format("~p~n", [<<"\t\r\n">>]),
    io:format("~p~n", ['atom\nwith newline']),
    io:format("~p~n", ["\x{7f}abc"]),
    io:format("~p~n", [[255, 254, 160]]),
    io:format("~p~n", [<<255, 254>>]),
    io:format("~s~n", [[$a, 9, $b]]).
