-module(bits_size_from_field).
-export([main/0]).
%% A length-prefixed field: the size comes from an earlier field of the same match.
main() ->
    Packet = <<5, "hello", 3, "abc", 0>>,
    io:format("~p~n", [fields(Packet)]),
    <<Len:16, Data:Len/binary, Tail/binary>> = <<0, 2, "xyz">>,
    io:format("~w ~p ~p~n", [Len, Data, Tail]).
fields(<<0>>) -> [];
fields(<<N, Field:N/binary, Rest/binary>>) -> [Field | fields(Rest)].
