-module(bs_errors).
-export([run/1]).

%% Construction failures and their error reasons.
run(N) -> try build(N) catch C:R -> {C, R} end.

build(1) -> X = a, <<X:8>>;
build(2) -> X = 1.5, <<X:8>>;
build(3) -> S = -1, <<1:S>>;
build(4) -> S = a, <<1:S>>;
build(5) -> S = 1 bsl 62, <<1:S>>;
build(6) -> B = <<1, 2>>, S = 3, <<B:S/binary>>;
build(7) -> B = <<1:3>>, <<B/binary>>;
build(8) -> X = a, <<X/binary>>;
build(9) -> X = "abc", <<X:32/float>>;
build(10) -> X = 1.0, S = 40, <<X:S/float>>;
build(11) -> X = 1 bsl 1100, <<X:64/float>>;
build(12) -> A = <<1:1>>, <<A/binary, 1>>;
build(13) -> X = 16#D900, <<X/utf16>>;
build(14) -> X = <<1, 2>>, <<X:1/binary-unit:8>>;
build(15) -> X = 1 bsl 100, <<X:8>>;
build(16) -> X = -1, <<X:8, X:16/little, X:3>>;
build(17) -> B = <<1, 2, 3>>, {<<B:2/binary>>, <<B:1/binary-unit:16>>};
build(18) -> X = a, S = a, <<X:S>>;
build(19) -> X = 1, if is_binary(<<X:8>>) -> yes; true -> no end;
build(20) -> X = a, if is_binary(<<X:8>>) -> yes; true -> no end;
build(21) -> X = <<>>, <<1:(bit_size(X) - 1)>>.
