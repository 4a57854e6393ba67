%% Bit syntax, parsing: a little framed protocol (version and type in one byte, flag bits,
%% a 16-bit length, a payload of type-length-value options, a trailing checksum byte) is
%% encoded once per iteration and then parsed Size times with binary pattern matching.
-module(bench_proto_parse).
-export([run/1, default_size/0, quick_size/0]).

-define(FRAMES, 200).

default_size() -> 1500.
quick_size() -> 40.

run(Times) ->
    Stream = iolist_to_binary([frame(I) || I <- lists:seq(1, ?FRAMES)]),
    repeat(Times, Stream, 0).

repeat(0, _Stream, Acc) -> Acc;
repeat(Times, Stream, Acc) -> repeat(Times - 1, Stream, jbeam_bench_lib:mix(parse_stream(Stream, 0), Acc)).

frame(I) ->
    Options = [<<(K rem 5):8, (byte_size(V)):8, V/binary>> || K <- lists:seq(1, I rem 6 + 1),
                                                              V <- [value(I, K)]],
    Payload = iolist_to_binary(Options),
    Body = <<2:4, (I rem 16):4, (I band 1):1, 0:1, (I rem 3):2, 0:4, (byte_size(Payload)):16,
             Payload/binary>>,
    <<Body/binary, (sum_bytes(Body, 0)):8>>.

value(I, K) -> list_to_binary(integer_to_list(I * 1000 + K)).

parse_stream(<<>>, Acc) ->
    Acc;
parse_stream(<<2:4, Type:4, Urgent:1, _:1, Priority:2, _:4, Length:16, Payload:Length/binary,
               Check:8, Rest/binary>> = Frame, Acc) ->
    Check = sum_bytes(binary:part(Frame, 0, 4 + Length), 0),
    parse_stream(Rest, jbeam_bench_lib:mix(Type * 8 + Urgent * 4 + Priority + options(Payload, 0), Acc)).

options(<<Key:8, Size:8, Value:Size/binary, Rest/binary>>, Acc) ->
    options(Rest, Acc + Key + binary_to_integer(Value));
options(<<>>, Acc) ->
    Acc.

sum_bytes(<<Byte, Rest/binary>>, Acc) -> sum_bytes(Rest, (Acc + Byte) band 255);
sum_bytes(<<>>, Acc) -> Acc.
