-module(bits_bin_match_guards).
-export([main/0]).
main() ->
    Msgs = [<<1, 0, 3, "abc">>, <<2, 255>>, <<3, "ping">>, <<1, 0, 10, "short">>, <<>>, <<9:4>>],
    [io:format("~p~n", [decode(M)]) || M <- Msgs].
decode(<<1, Len:16, Payload:Len/binary>>) -> {data, Payload};
decode(<<1, _/binary>>) -> bad_length;
decode(<<2, Code>>) when Code > 200 -> {error_code, Code};
decode(<<3, Rest/binary>>) when byte_size(Rest) =:= 4 -> {cmd, binary_to_atom(Rest)};
decode(<<>>) -> empty;
decode(B) when is_bitstring(B), not is_binary(B) -> {bits, bit_size(B)}.
