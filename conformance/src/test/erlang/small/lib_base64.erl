-module(lib_base64).
-export([main/0]).
main() ->
    Ins = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foobar">>, <<0, 255, 128, 1>>],
    [io:format("~p -> ~p~n", [I, base64:encode(I)]) || I <- Ins],
    io:format("~p~n", [base64:encode_to_string("hello world")]),
    io:format("~p~n", [base64:decode(<<"aGVsbG8gd29ybGQ=">>)]),
    io:format("~p~n", [base64:decode_to_string("Zm9vYmFy")]),
    io:format("~p~n", [base64:mime_decode(<<"Zm9v\r\nYmFy">>)]),
    io:format("~p~n", [catch base64:decode(<<"@@@">>)]).
