-module(bs_proto).
-export([run/1]).

%% A realistic protocol round trip: build a packet of a header and TLV records, parse it back,
%% verify a checksum, and answer with a re-encoded reply.
run(N) ->
    Records = [{I rem 4, payload(I, N)} || I <- lists:seq(1, N)],
    Packet = encode(7, N, Records),
    {ok, Version, Seq, Parsed, Rest} = decode(Packet),
    Reply = encode(Version, Seq + 1, [{T, reverse_bytes(V)} || {T, V} <- Parsed]),
    {byte_size(Packet), Version, Seq, length(Parsed), Parsed =:= Records, Rest, checksum(Packet),
     checksum(Reply), binary_part(Reply, 0, 8), decode(<<Packet/binary, 1>>) =/= error, decode(<<1, 2, 3>>)}.

payload(I, N) ->
    case I rem 4 of
        0 -> <<I:32, N:16/little>>;
        1 -> unicode_text(I);
        2 -> <<(I * 1.5):64/float>>;
        3 -> << <<X>> || X <- lists:seq(1, I rem 17) >>
    end.

unicode_text(I) -> << <<C/utf8>> || C <- [$a + I rem 26, 16#E9, 16#4E2D + I, 16#1F600] >>.

encode(Version, Seq, Records) ->
    Body = << <<T:4, 0:4, (byte_size(V)):16, V/binary>> || {T, V} <- Records >>,
    Header = <<16#BEA7:16, Version:4, (length(Records)):12, Seq:32/little, (byte_size(Body)):24>>,
    Sum = checksum(<<Header/binary, Body/binary>>),
    <<Header/binary, Sum:8, Body/binary>>.

decode(<<16#BEA7:16, Version:4, Count:12, Seq:32/little, Size:24, Sum:8, Body:Size/binary, Rest/binary>>) ->
    case checksum(<<16#BEA7:16, Version:4, Count:12, Seq:32/little, Size:24, Body/binary>>) of
        Sum ->
            Records = records(Body, []),
            Count = length(Records),
            {ok, Version, Seq, Records, Rest};
        _ ->
            error
    end;
decode(_) ->
    error.

records(<<>>, Acc) -> lists:reverse(Acc);
records(<<T:4, 0:4, Len:16, V:Len/binary, Rest/binary>>, Acc) -> records(Rest, [{T, V} | Acc]).

checksum(B) -> checksum(B, 0).
checksum(<<X, Rest/binary>>, Acc) -> checksum(Rest, (Acc + X) band 255);
checksum(<<>>, Acc) -> Acc.

reverse_bytes(B) -> list_to_binary(lists:reverse(binary_to_list(B))).
