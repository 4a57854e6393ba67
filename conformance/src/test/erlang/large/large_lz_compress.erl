-module(large_lz_compress).
-export([main/0]).
%% An LZ77-style compressor with a hash of 3-byte prefixes (a map from prefix to the last
%% positions), emitting literals and {distance, length} matches into a bit-packed binary,
%% and the matching decompressor.

main() ->
    Inputs = [<<>>, <<"a">>, <<"abcabcabcabcabcabc">>,
              <<"It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness">>,
              iolist_to_binary([integer_to_list(N) || N <- lists:seq(1, 2000)]),
              iolist_to_binary(lists:duplicate(300, <<"erlang beam vm ">>)),
              << <<((N * 7919) rem 251)>> || N <- lists:seq(1, 3000) >>],
    lists:foreach(fun run/1, Inputs).

run(In) ->
    C = compress(In),
    Out = decompress(C),
    io:format("~6w -> ~6w bytes (~5.1f%) ok=~p crc=~w~n",
              [byte_size(In), byte_size(C), ratio(In, C), Out =:= In, erlang:crc32(C)]).

ratio(<<>>, _) -> 100.0;
ratio(In, C) -> 100 * byte_size(C) / byte_size(In).

-define(MIN, 3).
-define(MAXLEN, 258).
-define(WINDOW, 4095).

compress(In) ->
    Tokens = tokens(In, 0, #{}, []),
    Bits = << <<(token(T))/bits>> || T <- Tokens >>,
    Pad = (8 - bit_size(Bits) rem 8) rem 8,
    <<(byte_size(In)):32, Bits/bits, 0:Pad>>.

token({lit, B}) -> <<0:1, B:8>>;
token({match, D, L}) -> <<1:1, D:12, (L - ?MIN):8>>.

tokens(In, Pos, _, Acc) when Pos >= byte_size(In) -> lists:reverse(Acc);
tokens(In, Pos, Index, Acc) when Pos + ?MIN > byte_size(In) ->
    tokens(In, Pos + 1, Index, [{lit, binary:at(In, Pos)} | Acc]);
tokens(In, Pos, Index, Acc) ->
    Key = binary:part(In, Pos, ?MIN),
    Cands = [P || P <- maps:get(Key, Index, []), Pos - P =< ?WINDOW],
    {BestLen, BestPos} = best(In, Pos, Cands, {0, 0}),
    Index2 = Index#{Key => lists:sublist([Pos | Cands], 8)},
    case BestLen >= ?MIN of
        true -> tokens(In, Pos + BestLen, add_range(In, Pos + 1, Pos + BestLen, Index2), [{match, Pos - BestPos, BestLen} | Acc]);
        false -> tokens(In, Pos + 1, Index2, [{lit, binary:at(In, Pos)} | Acc])
    end.

add_range(In, From, To, Index) when From < To, From + ?MIN =< byte_size(In) ->
    Key = binary:part(In, From, ?MIN),
    add_range(In, From + 1, To, Index#{Key => lists:sublist([From | maps:get(Key, Index, [])], 8)});
add_range(_, _, _, Index) -> Index.

best(_, _, [], Best) -> Best;
best(In, Pos, [P | Ps], {BL, _} = Best) ->
    L = match_len(In, P, Pos, 0),
    best(In, Pos, Ps, case L > BL of true -> {L, P}; false -> Best end).

match_len(In, A, B, N) when N < ?MAXLEN, B + N < byte_size(In) ->
    case binary:at(In, A + N) =:= binary:at(In, B + N) of
        true -> match_len(In, A, B, N + 1);
        false -> N
    end;
match_len(_, _, _, N) -> N.

decompress(<<Size:32, Bits/bits>>) -> dec(Bits, Size, <<>>).
dec(_, Size, Out) when byte_size(Out) >= Size -> Out;
dec(<<0:1, B:8, R/bits>>, Size, Out) -> dec(R, Size, <<Out/binary, B>>);
dec(<<1:1, D:12, L:8, R/bits>>, Size, Out) -> dec(R, Size, copy(Out, byte_size(Out) - D, L + ?MIN)).

copy(Out, _, 0) -> Out;
copy(Out, From, N) -> copy(<<Out/binary, (binary:at(Out, From))>>, From + 1, N - 1).
