-module(bs_bins).
-export([tail/1, unit/1, str/1, bits/1, append/1, comp/1, mixed/1, shared/1]).

%% binary/all tails and sized binaries.
tail(N) ->
    B = list_to_binary(lists:seq(1, N)),
    case B of
        <<H:2/binary, T/binary>> -> {H, T, byte_size(T)};
        <<H:1/binary, T/bits>> -> {one, H, T};
        _ -> short
    end.

%% unit tests: binary-unit:N with all, and bs_test_unit after a bit-level match.
unit(N) ->
    B = <<N:N>>,
    {case B of <<X:3/binary-unit:4, _/bits>> -> {x, X}; _ -> nox end,
     case B of <<R/binary-unit:16>> -> {r, R}; _ -> nor end,
     case B of <<_:1, R2/bits>> -> {bits, R2}; _ -> none end,
     case B of <<_:4, R3/binary>> -> {b, R3}; _ -> nob end}.

%% string segments in matching and construction.
str(N) ->
    B = <<"GET /index", N, " HTTP/1.1">>,
    case B of
        <<"GET ", Path:6/binary, Rest/binary>> -> {get, Path, Rest, <<"<", Path/binary, ">">>};
        <<"POST ", _/binary>> -> post;
        _ -> other
    end.

%% bitstrings that are not byte aligned.
bits(N) ->
    B = <<N:3, 1:1, N:9, 0:2>>,
    <<A:5, Rest/bits>> = B,
    {B, bit_size(B), byte_size(B), A, Rest, <<Rest/bits, B/bits>>, bitstring_to_list(B),
     list_to_bitstring([B, 7, <<1:1>>, [<<N>>]]), is_binary(B), is_bitstring(B)}.

%% appending in a loop: <<Acc/binary, X>> and bitstring appends.
append(N) ->
    B = lists:foldl(fun(X, Acc) -> <<Acc/binary, X, (X * 3):16>> end, <<>>, lists:seq(1, N)),
    Bits = lists:foldl(fun(X, Acc) -> <<Acc/bits, X:3>> end, <<>>, lists:seq(1, N)),
    {byte_size(B), bit_size(Bits), binary_part(B, byte_size(B) - 3, 3), lists:sum(binary_to_list(B)), Bits}.

%% binary comprehensions (private_append in OTP 25).
comp(N) ->
    B = << <<X:8>> || X <- lists:seq(1, N) >>,
    Doubled = << <<(X * 2):16/little>> || <<X>> <= B >>,
    Bits = << <<X:1>> || <<X:8>> <= B, X rem 2 =:= 1 >>,
    {B, Doubled, Bits, [X || <<X:4>> <= <<N:16>>]}.

%% mixed segment construction.
mixed(N) ->
    F = N * 0.5,
    S = N rem 7,
    B = <<N:S, F/float, "ab", N/utf8, (N + 1):12/little-signed, <<N:5>>/bits, (list_to_binary([N]))/binary,
          -N:40/signed-little>>,
    {B, bit_size(B)}.

%% Appends to the same accumulator twice, and to an older accumulator after a newer one grew:
%% each result keeps exactly its own bytes.
shared(N) ->
    Acc = lists:foldl(fun(X, A) -> <<A/binary, X>> end, <<>>, lists:seq(1, N)),
    One = <<Acc/binary, 1>>,
    Two = <<Acc/binary, 2, 2>>,
    Longer = <<One/binary, "more">>,
    Again = <<One/binary, "again">>,
    Bits = <<Acc/binary, 1:1>>,
    Back = <<Bits/bits, 7:7>>,
    {byte_size(Acc), binary:part(One, {N, 1}), binary:part(Two, {N, 2}), binary:part(Longer, {N, 5}),
     binary:part(Again, {N, 6}), Acc =:= binary:part(Longer, 0, N),
     bit_size(Bits), binary:part(Back, {N, 1}), lists:sum(binary_to_list(Acc))}.
