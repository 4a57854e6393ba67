-module(bs_floats).
-export([rt/1, special/1, put/1, half/1]).

%% Float segments of 16, 32 and 64 bits, both endiannesses.
rt(N) ->
    F = N / 3,
    B = <<F:64/float, F:32/float, F:16/float, F:32/float-little, F:64/little-float, F:16/float-little>>,
    <<A:64/float, C:32/float, D:16/float, E:32/float-little, G:64/float-little, H:16/little-float>> = B,
    {B, A, C, D, E, G, H}.

%% NaN and infinity do not match; a bad float size does not match.
special(1) -> m32(<<255, 192, 0, 0>>);
special(2) -> m32(<<127, 128, 0, 0>>);
special(3) -> m64(<<127, 240, 0, 0, 0, 0, 0, 0>>);
special(4) -> m64(<<63, 240, 0, 0, 0, 0, 0, 0>>);
special(5) -> S = 24, case <<1, 2, 3>> of <<X:S/float>> -> X; _ -> nomatch end;
special(6) -> case <<124, 0>> of <<X:16/float>> -> X; _ -> nomatch end;
special(7) -> case <<0, 60>> of <<X:16/float-little>> -> X; _ -> nomatch end;
special(8) -> <<X:32/float, Y:32/float>> = <<0, 0, 0, 1, 128, 0, 0, 0>>, {X, Y}.

m32(B) -> case B of <<X:32/float>> -> X; _ -> nomatch end.
m64(B) -> case B of <<X:64/float>> -> X; _ -> nomatch end.

%% Integers in float segments are converted; large floats overflow to infinity bits.
put(N) ->
    F = N * 1.0e300,
    {<<N:32/float>>, <<N:64/float-little>>, <<F:32/float>>, <<F:16/float>>, <<N:16/float>>, <<(-N):64/float>>}.

%% Half precision rounds once, to nearest even: halfway cases, subnormals, overflow, signs.
half(N) ->
    Fs = [1 + math:pow(2, -11) + math:pow(2, -30), 1 + math:pow(2, -11), 1 + 3 * math:pow(2, -11), 65504.0,
          65519.99, 65520.0, math:pow(2, -24), math:pow(2, -25), math:pow(2, -25) * 1.0001, math:pow(2, -14),
          math:pow(2, -14) * (1 - math:pow(2, -11)), 1.0e-300, -0.0, -N / 7, N * 1.0e-6, N * 123.456],
    [<<F:16/float>> || F <- Fs].
