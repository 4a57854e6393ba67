%% Prints, for 2,000 doubles drawn with a fixed seed, erl's own float_to_list forms:
%% one line per double: Bits(hex) Default Short Decimals N FixedN ScientificDigits M SciM CompactFixed.
%% The doubles mix random bit patterns (every exponent) with "human" values (few digits,
%% moderate exponents) so that rounding ties and the plain/scientific choice are exercised.
-module(float_format_oracle).
-export([main/0]).

main() ->
    rand:seed(exsss, {17, 4711, 2024}),
    [line(draw(I)) || I <- lists:seq(1, 2000)],
    halt().

draw(I) when I rem 3 =:= 0 ->
    Bits = rand:uniform(16#7FEFFFFFFFFFFFFF) - 1,
    Sign = rand:uniform(2) - 1,
    <<F/float>> = <<Sign:1, Bits:63>>,
    F;
draw(I) when I rem 3 =:= 1 ->
    Digits = rand:uniform(1000000) - 500000,
    Digits * math:pow(10, rand:uniform(40) - 25);
draw(_) ->
    (rand:uniform() - 0.5) * math:pow(10, rand:uniform(24) - 8).

line(F) ->
    <<Bits:64>> = <<F/float>>,
    N = rand:uniform(25) - 1,
    M = rand:uniform(30) - 1,
    Fixed = try float_to_list(F, [{decimals, N}]) catch error:badarg -> "badarg" end,
    Compact = try float_to_list(F, [{decimals, N}, compact]) catch error:badarg -> "badarg" end,
    io:format("~16.16.0b ~s ~s ~b ~s ~b ~s ~s~n",
              [Bits, float_to_list(F), float_to_list(F, [short]), N, Fixed, M,
               float_to_list(F, [{scientific, M}]), Compact]).
