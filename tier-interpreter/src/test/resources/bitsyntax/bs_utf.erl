-module(bs_utf).
-export([rt/1, bad/1, invalid/1, skip/1]).

rt(N) ->
    Cps = [N, N * 7, N * 131, 16#10000 + N, 16#10FFFF, 16#D7FF, 16#E000, 127, 128, 2047, 2048, 65535],
    [{C, <<C/utf8>>, <<C/utf16>>, <<C/utf16-little>>, <<C/utf32-little>>,
      dec(<<C/utf8, C/utf16, C/utf32, C/utf16-little, C/utf32-little>>)} || C <- Cps].

dec(<<A/utf8, B/utf16, C/utf32, D/utf16-little, E/utf32-little>>) -> {A, B, C, D, E}.

%% Invalid code points in construction are badarg.
bad(N) ->
    [try <<C/utf8>> catch C1:R1 -> {C1, R1} end || C <- [16#D800 + N, 16#110000 + N, -N, abc]] ++
    [try <<C/utf16>> catch C2:R2 -> {C2, R2} end || C <- [16#DFFF - N, 16#110000 + N]] ++
    [try <<C/utf32>> catch C3:R3 -> {C3, R3} end || C <- [16#DC00 + N, 1.0]].

%% Invalid encodings do not match.
invalid(N) ->
    Bins = [<<192, 128>>, <<237, 160, 128>>, <<226, 130>>, <<128>>, <<244, 144, 128, 128>>, <<248, 136, 128, 128, 128>>,
            <<224, 159, 191>>, <<N:8, 226, 130, 172>>, <<>>],
    [m8(B) || B <- Bins] ++ [m16(B) || B <- [<<220, 0>>, <<216, 0, 0, 65>>, <<216, 0, 220, 0>>, <<0>>]]
        ++ [m32(B) || B <- [<<0, 17, 0, 0>>, <<0, 0, 216, 0>>, <<0, 16, 255, 255>>, <<0, 0, 0>>]].

m8(B) -> case B of <<X/utf8, R/binary>> -> {X, R}; _ -> nomatch end.
m16(B) -> case B of <<X/utf16, R/binary>> -> {X, R}; _ -> nomatch end.
m32(B) -> case B of <<X/utf32, R/binary>> -> {X, R}; _ -> nomatch end.

%% Skipping code points: only the last one is bound.
skip(N) ->
    B = <<"h", 16#E9/utf8, 16#20AC/utf8, (16#1F600 + N)/utf8, "!">>,
    <<_/utf8, _/utf8, _/utf8, X/utf8, Rest/binary>> = B,
    <<_/utf16, Y/utf16>> = <<N/utf16, (N + 1)/utf16>>,
    <<_/utf32-little, Z/utf32-little>> = <<N/utf32-little, (N + 2)/utf32-little>>,
    {X, Rest, Y, Z}.
