%% OTP 24's construction instructions (bs_init2, bs_init_bits, bs_add, bs_put_*, bs_utf*_size,
%% bs_append, bs_private_append), which OTP 25's erlc emits with no_bs_create_bin.
-module(tj_oldbits).
-compile([no_bs_create_bin]).
%% id/1 is exported so that the compiler infers no types for its results: OTP 25 fails its own
%% validation of no_bs_create_bin code when it knows a segment value is of the wrong type.
-export([all/0, errors/0, id/1]).

id(X) -> X.

all() ->
    I = id(-5), S = id(12), F = id(2.5), B = id(<<9, 8, 7>>), Bits = id(<<1:3>>), C = id(16#1F600),
    {<<I:S, I:S/little, I:8/signed, (1 bsl 70):72>>, <<F:64/float, F:32/float-little, F:16/float>>,
     <<B/binary, Bits/bitstring, B:2/binary, "lit">>, <<C/utf8, C/utf16, C/utf32-little, $x/utf8>>,
     <<Bits/bitstring, 5:(id(5))>>,
     lists:foldl(fun(X, A) -> <<A/binary, X:8>> end, <<>>, lists:seq(1, 100)),
     << <<X:5>> || X <- lists:seq(1, 16) >>}.

c(Fun) -> try Fun() catch Class:R:St -> {Class, R, hd(St)} end.

errors() ->
    [c(fun() -> X = id(a), <<X:8>> end), c(fun() -> X = id(<<1, 2>>), <<X:(id(3))/binary>> end),
     c(fun() -> <<1:(id(-1))>> end), c(fun() -> <<(id(16#D800))/utf8>> end),
     c(fun() -> X = id(a), <<X/binary, 1>> end), c(fun() -> <<(id(1.0)):(id(8))/float>> end)].
