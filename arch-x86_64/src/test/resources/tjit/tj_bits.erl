%% Bit syntax on the template JIT: matching (integers of every size, signedness and
%% endianness, floats, binaries, bitstrings, utf8/16/32, strings, tails, units, positions
%% shared by clauses), construction (bs_create_bin with every segment type, appends and
%% comprehensions), failures with their stack entry, and loops that allocate while a match
%% state is live. Each exported zero-arity function is one oracle case.
-module(tj_bits).
-export([byte_reads/0, ints/0, ints_little/0, floats/0, float_specials/0, bins/0, bitstrings/0, utf/0, utf_bad/0,
         strings/0, clauses/0, skips/0, tails/0, build_ints/0, build_floats/0, build_bins/0,
         build_utf/0, appends/0, comprehension/0, construct_errors/0, uncaught_badarg/0,
         match_errors/0, not_binary/0, parse_loop/0, big_loop/0, guards/0, legacy/0, legacy_errors/0,
         positions/0]).

id(X) -> X.

sizes() -> [0, 1, 3, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 48, 59, 60, 61, 63, 64, 65, 100, 128, 150].

source() -> id(<<1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 255, 254, 128, 127, 0, 200>>).

ints() -> [get_be(source(), S) || S <- sizes()].

get_be(B, S) ->
    <<U:S, _/bitstring>> = B,
    <<Sg:S/signed, _/bitstring>> = B,
    <<F:S/unit:1, _/bitstring>> = B,
    {S, U, Sg, F}.

ints_little() -> [get_le(source(), S) || S <- sizes()].

get_le(B, S) ->
    <<L:S/little, _/bitstring>> = B,
    <<LS:S/little-signed, _/bitstring>> = B,
    <<N:S/native, _/bitstring>> = B,
    <<NS:S/native-signed, _/bitstring>> = B,
    {S, L, LS, N, NS}.

floats() ->
    B = id(<<1.5:64/float, -2.25:32/float, 0.5:16/float, 3.0:64/float-little, 7.5:32/float-little,
             -1.0:16/float-little>>),
    <<A:64/float, C:32/float, D:16/float, E:64/float-little, F:32/float-little, G:16/float-little>> = B,
    S = id(32),
    <<H:S/float, _/binary>> = id(<<100.25:32/float, 1>>),
    {A, C, D, E, F, G, H}.

float_specials() ->
    [case X of <<V:64/float>> -> {ok, V}; _ -> nomatch end
     || X <- [id(<<16#7FF0000000000000:64>>), id(<<16#7FF8000000000001:64>>), id(<<16#3FF0000000000000:64>>)]]
    ++ [case X of <<V:32/float>> -> {ok, V}; _ -> nomatch end
        || X <- [id(<<16#7F800000:32>>), id(<<16#40490FDB:32>>)]]
    ++ [case X of <<V:16/float>> -> {ok, V}; _ -> nomatch end
        || X <- [id(<<16#7C00:16>>), id(<<16#3C01:16>>), id(<<16#0001:16>>)]]
    ++ [case X of <<V:S/float>> -> {ok, V}; _ -> nomatch end
        || {X, S} <- [{id(<<1:24>>), 24}, {id(<<0:64>>), 64}]].

bins() ->
    B = source(),
    <<A:3/binary, R/binary>> = B,
    N = id(4),
    <<C:N/binary, D:2/binary-unit:16, R2/binary>> = B,
    Short = case B of <<_:30/binary, _/binary>> -> long; _ -> short end,
    {A, byte_size(R), C, D, R2, Short}.

bitstrings() ->
    B = id(<<5:3, 1000:13, 3:2, 255:8, 1:1>>),
    <<X:3, Y:13, Rest/bitstring>> = B,
    <<P:2/bitstring, Q/bitstring>> = Rest,
    Unit = case Rest of <<_/binary>> -> bytes; _ -> bits end,
    Unit2 = case id(<<1:16>>) of <<_/binary-unit:16>> -> u16; _ -> no end,
    Unit3 = case id(<<1:24>>) of <<_/binary-unit:16>> -> u16; _ -> no end,
    {X, Y, P, Q, bit_size(Rest), Unit, Unit2, Unit3}.

utf() ->
    Cps = [0, $a, 16#7F, 16#80, 16#7FF, 16#800, 16#FFFF, 16#10000, 16#10FFFF, 16#D7FF, 16#E000],
    [{C, decode8(<<C/utf8>>), decode16(<<C/utf16>>), decode16l(<<C/utf16-little>>),
      decode32(<<C/utf32>>), decode32l(<<C/utf32-little>>)} || C <- Cps].

decode8(<<C/utf8, R/binary>>) -> {C, R}.
decode16(<<C/utf16>>) -> C.
decode16l(<<C/utf16-little>>) -> C.
decode32(<<C/utf32>>) -> C.
decode32l(<<C/utf32-little>>) -> C.

utf_bad() ->
    [case X of <<C/utf8, _/binary>> -> {ok, C}; _ -> bad end
     || X <- [id(<<16#C0, 16#80>>), id(<<16#E0, 16#80, 16#80>>), id(<<16#ED, 16#A0, 16#80>>), id(<<16#F4, 16#90, 16#80, 16#80>>),
              id(<<16#80>>), id(<<16#E2, 16#82>>), id(<<>>), id(<<16#F0, 16#9F, 16#98, 16#80, 1>>)]]
    ++ [case X of <<C/utf16, _/binary>> -> {ok, C}; _ -> bad end
        || X <- [id(<<16#D800:16>>), id(<<16#DC00:16, 0:16>>), id(<<16#D83D:16, 16#DE00:16>>), id(<<1>>)]]
    ++ [case X of <<C/utf32>> -> {ok, C}; _ -> bad end
        || X <- [id(<<16#110000:32>>), id(<<16#D800:32>>), id(<<65:32>>)]]
    ++ [skip_utf(X) || X <- [id(<<"é1">>), id(<<255, 1>>)]].

skip_utf(<<_/utf8, X:8>>) -> X;
skip_utf(_) -> none.

strings() ->
    [case X of
         <<"GET ", Path/binary>> -> {get, Path};
         <<"POST", _:1, Rest/bitstring>> -> {post, Rest};
         <<"abc">> -> abc;
         _ -> other
     end || X <- [id(<<"GET /index">>), id(<<"POST", 255, 1>>), id(<<"abc">>), id(<<"abcd">>), id(<<"GE">>)]].

clauses() -> [clause(id(X)) || X <- [<<1, 7, 9>>, <<2, 1, 2, 3>>, <<9, "abc", 1>>, <<16#A5, 0>>, <<16#15>>, <<>>, <<2, 1>>]].

clause(<<1, X:8, _/binary>>) -> {one, X};
clause(<<2, X:16, _/binary>>) -> {two, X};
clause(<<_, "abc", _/binary>>) -> str;
clause(<<X:4, Y:4, _/binary>>) when X > 5 -> {nib, X, Y};
clause(<<X:4, _/bitstring>>) -> {low, X};
clause(_) -> other.

skips() ->
    [case id(<<1, 2, 3, 4, 5, 6>>) of <<_:S, X:8, _/bitstring>> -> {S, X}; _ -> {S, none} end
     || S <- [0, 3, 8, 16, 40, 41, 48, -1]]
    ++ [case id(<<1, 2, 3>>) of <<_:N/binary, Y, _/binary>> -> {N, Y}; _ -> {N, none} end || N <- [0, 1, 2, 3, a]].

tails() ->
    [tail_of(id(X)) || X <- [<<>>, <<1>>, <<1, 2>>, <<1, 2, 3>>, <<1:12>>]].

tail_of(<<_:8, T/binary>>) -> {bin, T};
tail_of(<<_:4, T/bitstring>>) -> {bits, T};
tail_of(<<>>) -> empty.

build_ints() ->
    [begin
         N = id(X), S = id(Sz),
         {<<N:S>>, <<N:S/little>>, <<N:S/signed>>, <<N:S/little-signed>>, <<N:S/native>>, <<N:8, N:16/little, N:3>>}
     end || X <- [0, 1, -1, 200, -129, 1 bsl 40, -(1 bsl 62), 1 bsl 64, (1 bsl 100) + 3], Sz <- [0, 5, 8, 13, 32, 64, 71]].

build_floats() ->
    [begin
         F = id(X),
         {<<F:64/float>>, <<F:32/float>>, <<F:16/float>>, <<F:64/float-little>>, <<F:32/float-little>>,
          <<F:16/float-little>>}
     end || X <- [0.0, 1.5, -2.25, 65504.0, 1.0e-8, 3, -7, 1 bsl 70]].

build_bins() ->
    B = id(<<1, 2, 3, 4, 5>>),
    Bits = id(<<3:5>>),
    N = id(3),
    {<<B/binary, Bits/bitstring, "xyz", B:N/binary, 7:4>>, <<Bits/bitstring, Bits/bitstring, B:2/binary-unit:16>>,
     <<"str", 0, "ing">>, <<>>, <<B/binary, B/binary, B/binary, B/binary, B/binary, B/binary, B/binary,
                                   B/binary, B/binary, B/binary, B/binary, B/binary, B/binary, B/binary>>}.

build_utf() ->
    [begin C = id(X), {<<C/utf8>>, <<C/utf16>>, <<C/utf16-little>>, <<C/utf32>>, <<C/utf32-little>>, <<C/utf8, C/utf16, "!">>} end
     || X <- [$a, 16#7FF, 16#800, 16#FFFF, 16#10000, 16#10FFFF]].

appends() ->
    Acc = lists:foldl(fun(X, A) -> <<A/binary, X:16>> end, <<>>, lists:seq(1, 300)),
    Bits = lists:foldl(fun(X, A) -> <<A/bitstring, X:3>> end, <<>>, lists:seq(1, 50)),
    {byte_size(Acc), binary:part(Acc, 590, 10), bit_size(Bits), Bits, append_loop(id(<<>>), 1000)}.

append_loop(B, 0) -> {byte_size(B), erlang:crc32(B)};
append_loop(B, N) -> append_loop(<<B/binary, N:24, "ab">>, N - 1).

comprehension() ->
    L = lists:seq(1, 200),
    {<< <<X:8>> || X <- L >>, << <<X:3>> || X <- lists:seq(1, 20) >>,
     << <<Y:16/little>> || <<Y:8>> <= <<"hello world">> >>, [Z || <<Z:4>> <= <<16#1234:16>>]}.

c(F) -> try F() catch C:R:S -> {C, R, hd(S)} end.

construct_errors() ->
    A = id(a), M = id(-1), F = id(1.5), Big = id(1 bsl 100), B = id(<<1, 2>>), Odd = id(<<1:3>>),
    [c(fun() -> <<A:8>> end), c(fun() -> <<F:8>> end), c(fun() -> <<1:M>> end), c(fun() -> <<1:A>> end),
     c(fun() -> <<B:3/binary>> end), c(fun() -> <<Odd/binary>> end), c(fun() -> <<A/binary>> end),
     c(fun() -> <<A:32/float>> end), c(fun() -> <<F:(id(40))/float>> end), c(fun() -> <<Big:64/float>> end),
     c(fun() -> <<(id(16#D900))/utf16>> end), c(fun() -> <<(id(-1))/utf8>> end), c(fun() -> <<A/utf32>> end),
     c(fun() -> <<1:(id(1 bsl 62))>> end), c(fun() -> <<Odd/binary, 1>> end), c(fun() -> <<A, B/binary>> end)].

uncaught_badarg() ->
    X = id(foo),
    <<X:8>>.

match_errors() ->
    [c(fun() -> <<X:8>> = id(<<>>), X end), c(fun() -> Sz = id(a), <<_:Sz>> = id(<<1>>) end),
     c(fun() -> decode8(id(<<255>>)) end), c(fun() -> decode16(id(not_a_binary)) end)].

not_binary() -> [tail_of_any(X) || X <- [id(<<1, 2>>), id([1, 2]), id(atom), id(<<>>)]].

tail_of_any(<<X:8, _/binary>>) -> X;
tail_of_any(_) -> not_a_match.

%% A long binary parsed in a loop that allocates (a list, sub-binaries, bignums) with the match
%% state live across collections.
parse_loop() ->
    Data = << <<N:16, (N * 3):24, (N rem 7):3, 0:5>> || N <- lists:seq(1, 2000) >>,
    parse(Data, 0, []).

parse(<<A:16, B:24, C:3, _:5, Rest/binary>>, Sum, Acc) when A rem 500 =:= 0 -> parse(Rest, Sum + B, [{A, C} | Acc]);
parse(<<_:16, B:24, _:8, Rest/binary>>, Sum, Acc) -> parse(Rest, Sum + B, Acc);
parse(<<>>, Sum, Acc) -> {Sum, lists:reverse(Acc)}.

big_loop() -> big(id(<< <<N:200>> || N <- lists:seq(1, 300) >>), 0, 0).

big(<<N:200, R/binary>>, Sum, K) -> big(R, Sum + (N bsl 150), K + 1);
big(<<>>, Sum, K) -> {K, Sum}.

guards() ->
    [guard(id(X)) || X <- [<<1, 2>>, <<1:4>>, 7, <<300:16>>]].

guard(X) when is_binary(X), byte_size(<<X/binary, 1>>) > 2 -> long;
guard(X) when is_bitstring(<<X/bitstring, 1:1>>) -> bits;
guard(X) when is_binary(<<X:8>>) -> int8;
guard(_) -> other.

legacy() -> tj_oldbits:all().

legacy_errors() -> tj_oldbits:errors().

positions() ->
    Bin = id(<<3, "abc", 2, "de", 0, 5, 1, 2, 3, 4, 5>>),
    fields(Bin, []).

fields(<<0, N, Data:N/binary, Rest/binary>>, Acc) -> {lists:reverse(Acc), Data, Rest};
fields(<<N, S:N/binary, Rest/binary>>, Acc) -> fields(Rest, [S | Acc]).

%% Byte reads inline: heap, refc and sub binaries, signed and unsigned, aligned and not.
byte_reads() ->
    Heap = tj_other:identity(<<1, 200, 3, 255>>),
    Refc = tj_other:identity(binary:copy(<<7, 250>>, 50)),
    <<_:3/binary, Sub/binary>> = tj_other:identity(binary:copy(<<9, 129>>, 40)),
    <<_:3, Unaligned/bitstring>> = tj_other:identity(<<1, 2, 3, 4>>),
    [{sum_unsigned(B, 0), sum_signed(B, 0), count_units(B, 0)} || B <- [Heap, Refc, Sub, Unaligned, <<>>]].

sum_unsigned(<<X, Rest/bitstring>>, Acc) -> sum_unsigned(Rest, Acc + X);
sum_unsigned(Rest, Acc) -> {Acc, bit_size(Rest)}.

sum_signed(<<X:8/signed, Rest/binary>>, Acc) -> sum_signed(Rest, Acc + X);
sum_signed(<<X:1/unit:8-signed-little, Rest/bitstring>>, Acc) -> sum_signed(Rest, Acc - X);
sum_signed(Rest, Acc) -> {Acc, bit_size(Rest)}.

count_units(<<_:16, Rest/binary>>, N) -> count_units(Rest, N + 1);
count_units(<<>>, N) -> N;
count_units(_, N) -> {odd, N}.
