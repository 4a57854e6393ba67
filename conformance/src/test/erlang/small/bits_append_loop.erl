-module(bits_append_loop).
-export([main/0]).
%% Appending to a binary in a loop (the runtime's writable-binary optimisation).
main() ->
    B = build(0, <<>>),
    io:format("~w ~w~n", [byte_size(B), binary:part(B, 995, 5)]),
    io:format("~w~n", [erlang:crc32(B)]),
    Bits = lists:foldl(fun(I, Acc) -> <<Acc/bitstring, (I band 1):1>> end, <<>>, lists:seq(1, 21)),
    io:format("~w~n", [Bits]).
build(1000, Acc) -> Acc;
build(N, Acc) -> build(N + 1, <<Acc/binary, (N rem 256)>>).
