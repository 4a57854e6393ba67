-module(bs_ints).
-export([get/1, put/1, roundtrip/1]).

%% Integer segments: odd sizes, signedness, endianness, bignums, zero-size.
data() -> <<16#F0, 16#0F, 16#AA, 16#55, 16#80, 16#01, 16#FF, 16#7E, 16#12, 16#34, 16#56, 16#78, 16#9A>>.

get(1) -> <<A:3, B:5, C:12, D/bits>> = data(), {A, B, C, bit_size(D)};
get(2) -> <<A:3/signed, B:13/signed-little, _/bits>> = data(), {A, B};
get(3) -> <<A:16/little, B:16/big, C:16/native, D:32/signed-little, _/bits>> = data(), {A, B, C, D};
get(4) -> <<A:100, B:4>> = data(), {A, B};
get(5) -> <<A:100/signed-little, B:4/signed>> = data(), {A, B};
get(6) -> <<A:64/signed, B:40/little>> = data(), {A, B};
get(7) -> <<_:1, A:63/signed, _/bits>> = data(), A;
get(8) -> <<A:0, B:1, C:2/unit:3, _/bits>> = data(), {A, B, C};
get(9) -> <<A:7/little, B:9/little-signed, _/binary>> = data(), {A, B};
get(10) -> case data() of <<_:3, _/binary>> -> aligned; <<_:4, R/bits>> -> bit_size(R) end;
get(11) -> <<A:64, B:64/signed>> = <<(-1):64, (-2):64>>, {A, B};
get(12) -> <<A:65/signed-little, _/bits>> = data(), A;
get(13) -> S = 5, <<A:S, B:(S * 2)/signed, _/bits>> = data(), {A, B};
get(14) -> S = -1, case data() of <<_:S, _/bits>> -> yes; _ -> no end;
get(15) -> S = 200, case data() of <<_:S, _/bits>> -> yes; _ -> no end.

put(N) ->
    X = N * 12345 - 99999,
    {<<X:12/little>>, <<X:13/signed>>, <<X:32/little-signed>>, <<X:7>>, <<X:100>>, <<X:100/little>>,
     <<(X * X * X * X * X):72/big>>, <<(X * X * X):70/little>>, <<X:16/native>>, <<X:0>>, <<X:3, X:5/little>>}.

%% Every size 1..130, both endiannesses and signednesses: encode, decode, compare.
roundtrip(N) ->
    X = N * 7919 * 104729 * 1299709 - N * N,
    [{Size, E, S, decode(encode(X, Size, E), Size, E, S)} || Size <- lists:seq(1, 130, 3),
                                                              E <- [big, little], S <- [signed, unsigned]].

encode(X, Size, big) -> <<X:Size/big>>;
encode(X, Size, little) -> <<X:Size/little>>.

decode(B, Size, big, signed) -> <<V:Size/big-signed>> = B, V;
decode(B, Size, big, unsigned) -> <<V:Size/big-unsigned>> = B, V;
decode(B, Size, little, signed) -> <<V:Size/little-signed>> = B, V;
decode(B, Size, little, unsigned) -> <<V:Size/little-unsigned>> = B, V.
