-module(bits_sub_binary_refc).
-export([main/0]).
%% Large (refc) binaries, sub-binaries of them, and binary:copy making them independent.
main() ->
    Big = list_to_binary(lists:duplicate(100000, $x) ++ "TAIL"),
    <<_:100000/binary, Tail/binary>> = Big,
    io:format("~p ~p~n", [Tail, byte_size(Big)]),
    Sub = binary:part(Big, 99998, 4),
    io:format("~p~n", [Sub]),
    io:format("~p~n", [binary:referenced_byte_size(Sub) >= byte_size(Sub)]),
    io:format("~p~n", [byte_size(binary:copy(Sub))]),
    Parts = [binary:part(Big, I * 1000, 3) || I <- lists:seq(0, 99)],
    io:format("~p~n", [iolist_size(Parts)]).
