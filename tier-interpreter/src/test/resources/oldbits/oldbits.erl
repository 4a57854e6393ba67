%% Binary construction compiled with +no_bs_create_bin (OTP 24's instructions: bs_init2,
%% bs_init_bits, bs_add, bs_put_*, bs_utf*_size, bs_append, bs_private_append), one behaviour
%% per clause of t/1; errors are caught with their stack entry (which carries error_info).
-module(oldbits).
-export([t/1]).
id(X) -> X.
c(F) -> try F() catch C:R:S -> {C, R, hd(S)} end.
ints() -> [0, 1, -1, 5, -5, 127, 128, -128, 255, 256, 65535, -65536, 1 bsl 40, -(1 bsl 40),
           1 bsl 63, -(1 bsl 63), 1 bsl 64, (1 bsl 100) + 12345, -(1 bsl 90) - 7].
sizes() -> [0, 1, 3, 7, 8, 9, 15, 16, 17, 24, 31, 32, 33, 48, 63, 64, 65, 72, 100, 128, 130].
t(1) -> [<<X:S>> || X <- ints(), S <- sizes()];
t(2) -> [<<X:S/little>> || X <- ints(), S <- sizes()];
t(3) -> [<<X:S/signed>> || X <- ints(), S <- sizes()];
t(4) -> [<<X:S/little-signed>> || X <- ints(), S <- sizes()];
t(5) -> [<<X:S/native>> || X <- ints(), S <- sizes()];
t(6) -> [{<<X:8>>, <<X:16>>, <<X:32/little>>, <<X:64/signed>>, <<X:3>>, <<X:12/little>>} || X <- ints()];
t(7) -> [<<X:S/unit:3>> || X <- ints(), S <- [0, 1, 5, 11]];
t(8) -> [{<<F:16/float>>, <<F:32/float>>, <<F:64/float>>, <<F:32/float-little>>, <<F:64/float-little>>}
         || F <- [0.0, -0.0, 1.0, -1.5, 3.14159, 1.0e-10, 65504.0, 65520.0, 1.0e300, 2, -7, 1 bsl 70]];
t(9) -> [<<F:S/float>> || F <- [1.5, 2], S <- [16, 32, 64]];
t(10) -> [<<F:S/float-unit:8>> || F <- [1.5], S <- [2, 4, 8]];
t(11) -> B = id(<<1, 2, 3, 4, 5>>), {<<B/binary>>, <<B:2/binary>>, <<B:3/binary, 9>>, <<0:3, B/binary>>,
          [<<B:S/binary-unit:1>> || S <- [0, 1, 7, 8, 13, 40]]};
t(12) -> B = id(<<1:3>>), [<<B/bits>>, <<B/bits, B/bits, B/bits>>, <<7, B/bitstring, 8>>];
t(13) -> [<<"abc">>, <<"abc", 1, "de">>, <<1:1, "xyz">>, <<(id($a)), "bc", (id(<<"d">>))/binary>>];
t(14) -> [{<<C/utf8>>, <<C/utf16>>, <<C/utf16-little>>, <<C/utf32>>, <<C/utf32-little>>, <<1:1, C/utf8>>}
          || C <- [0, $a, 127, 128, 2047, 2048, 16#D7FF, 16#E000, 16#FFFF, 16#10000, 16#10FFFF]];
t(15) -> S = id("h\x{e9}llo w\x{1F600}rld"), [<<<<C/utf8>> || C <- S>>, <<<<C/utf16>> || C <- S>>,
          <<<<C/utf32>> || C <- S>>, unicode:characters_to_binary(S)];
t(16) -> <<<<X:8>> || X <- lists:seq(1, 300)>>;
t(17) -> <<<<X:3>> || X <- lists:seq(1, 50)>>;
t(18) -> <<<<(integer_to_binary(X))/binary, ",">> || X <- lists:seq(1, 100)>>;
t(19) -> acc(lists:seq(1, 200), <<>>);
t(20) -> acc_bits(lists:seq(1, 40), <<>>);
t(21) -> B = id(<<1, 2, 3>>), B2 = <<B/binary, 4>>, B3 = <<B/binary, 5>>, {B, B2, B3, <<B2/binary, B3/binary>>};
t(22) -> N = id(3), M = id(5), <<N:M, M:N, (N + M):(N * M), 0:(id(7))>>;
t(23) -> c(fun() -> <<(id(a)):8>> end);
t(24) -> c(fun() -> <<(id(1.5)):8>> end);
t(25) -> c(fun() -> <<1:(id(-1))>> end);
t(26) -> c(fun() -> <<1:(id(a))>> end);
t(27) -> c(fun() -> <<(id(a))/binary>> end);
t(28) -> c(fun() -> <<(id(<<1:3>>))/binary>> end);
t(29) -> c(fun() -> <<(id(<<1, 2>>)):3/binary>> end);
t(30) -> c(fun() -> <<(id(a)):32/float>> end);
t(31) -> c(fun() -> <<(id(1.0)):(id(12))/float>> end);
t(32) -> c(fun() -> <<(id(16#D800))/utf8>> end);
t(33) -> c(fun() -> <<(id(-1))/utf16>> end);
t(34) -> c(fun() -> <<(id(16#110000))/utf32>> end);
t(35) -> c(fun() -> <<(id(a))/utf8>> end);
t(36) -> c(fun() -> <<1:(id(1 bsl 70))>> end);
t(37) -> c(fun() -> <<(id(<<>>))/binary, (id(a))/binary>> end);
t(38) -> c(fun() -> acc([1, 2, a], <<>>) end);
t(39) -> c(fun() -> <<(id(1 bsl 2000)):64/float>> end);
t(40) -> c(fun() -> <<(id(<<1:3>>))/bits, (id(x)):8>> end);
t(41) -> [case id(X) of Y when <<Y:8>> =:= <<1>> -> yes; _ -> no end || X <- [1, 257, a, 1.0]];
t(42) -> [case id(X) of Y when byte_size(<<Y/binary, 1>>) > 2 -> yes; _ -> no end || X <- [<<1,2>>, <<1>>, a, <<1:1>>]];
t(43) -> [case id(X) of Y when is_binary(<<Y/utf8>>) -> yes; _ -> no end || X <- [$a, -1, 16#D800, b]];
t(44) -> c(fun() -> <<(id(<<1, 2, 3>>)):(id(-1))/binary>> end);
t(45) -> c(fun() -> <<(id(1)):(id(1 bsl 61))/unit:8>> end);
t(46) -> c(fun() -> acc_bits([1, 2, 3, -1], <<>>) end);
t(47) -> c(fun() -> X = id(<<1, 2>>), <<X/binary, (id(1 bsl 70)):(id(-3))>> end);
t(48) -> [<<(id(<<"abc">>))/binary, X/utf8, "!">> || X <- [$a, 16#20AC, 16#1F600]].
acc([], B) -> B;
acc([X | Xs], B) -> acc(Xs, <<B/binary, X:16, "-">>).
acc_bits([], B) -> B;
acc_bits([X | Xs], B) -> acc_bits(Xs, <<B/bits, X:(id(5))>>).
