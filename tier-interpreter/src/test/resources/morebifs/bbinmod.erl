%% The binary module's BIFs, one behaviour per clause of t/1.
-module(bbinmod).
-export([t/1]).
id(X) -> X.
c(F) -> try F() catch C:R -> {C, R} end.
t(1) -> binary:split(id(<<"a,b,,c">>), <<",">>);
t(2) -> binary:split(id(<<"a,b,,c,">>), <<",">>, [global]);
t(3) -> binary:split(id(<<"a,b,,c,,">>), <<",">>, [global, trim]);
t(4) -> binary:split(id(<<",a,b,,c,,">>), <<",">>, [global, trim_all]);
t(5) -> binary:split(id(<<"abcabc">>), [<<"b">>, <<"ca">>], [global, {scope, {1, 4}}]);
t(6) -> binary:split(id(<<>>), <<",">>);
t(7) -> binary:split(id(<<>>), <<",">>, [trim]);
t(8) -> binary:split(id(<<"abc">>), <<"abc">>, [global, trim_all]);
t(9) -> binary:split(id(<<"no match">>), <<",">>, [global]);
t(10) -> c(fun() -> binary:split(id(<<"abc">>), <<>>) end);
t(11) -> c(fun() -> binary:split(id(<<"abc">>), <<"b">>, [foo]) end);
t(12) -> binary:split(id(<<"a--b-c">>), [<<"-">>, <<"--">>], [global]);
t(13) -> binary:matches(id(<<"abcabc">>), [<<"a">>, <<"ab">>]);
t(14) -> binary:matches(id(<<"aaa">>), <<"aa">>);
t(15) -> binary:matches(id(<<"abcabcabc">>), <<"bc">>, [{scope, {2, -2}}]);
t(16) -> binary:matches(id(<<"abcabcabc">>), <<"bc">>, [{scope, {3, 6}}]);
t(17) -> binary:match(id(<<"abc">>), binary:compile_pattern(<<"c">>));
t(18) -> binary:matches(id(<<"the cat sat on the mat">>), binary:compile_pattern([<<"at">>, <<"the">>, <<"on">>]));
t(19) -> binary:split(id(<<"1 2  3">>), binary:compile_pattern(<<" ">>), [global]);
t(20) -> {P1, P2} = {binary:compile_pattern(<<"a">>), binary:compile_pattern([<<"a">>, <<"b">>])},
         {element(1, P1), element(1, P2), is_reference(element(2, P1)), is_reference(element(2, P2))};
t(21) -> c(fun() -> binary:compile_pattern(id(<<>>)) end);
t(22) -> c(fun() -> binary:compile_pattern(id([])) end);
t(23) -> c(fun() -> binary:match(id(<<"abc">>), {bm, make_ref()}) end);
t(24) -> [binary:at(id(<<1, 2, 3>>), I) || I <- [0, 1, 2]];
t(25) -> c(fun() -> binary:at(id(<<1>>), 1) end);
t(26) -> {binary:first(id(<<7, 8, 9>>)), binary:last(id(<<7, 8, 9>>))};
t(27) -> c(fun() -> binary:first(id(<<>>)) end);
t(28) -> c(fun() -> binary:last(id(<<>>)) end);
t(29) -> {binary:part(id(<<"hello">>), 1, 3), binary:part(id(<<"hello">>), {5, -2})};
t(30) -> c(fun() -> binary:part(id(<<"hello">>), 4, 3) end);
t(31) -> {binary:bin_to_list(id(<<"abc">>)), binary:bin_to_list(id(<<"abcdef">>), {1, 3}),
          binary:bin_to_list(id(<<"abcdef">>), 4, -2)};
t(32) -> binary:list_to_bin(id([1, <<2, 3>>, [4, [5]]]));
t(33) -> c(fun() -> binary:list_to_bin(id(<<1>>)) end);
t(34) -> {binary:longest_common_prefix(id([<<"abc">>, <<"abd">>, <<"ab">>])),
          binary:longest_common_prefix(id([<<"abc">>])), binary:longest_common_prefix(id([<<"x">>, <<"y">>]))};
t(35) -> {binary:longest_common_suffix(id([<<"abc">>, <<"bc">>, <<"c">>])),
          binary:longest_common_suffix(id([<<"abc">>, <<"abd">>]))};
t(36) -> c(fun() -> binary:longest_common_prefix(id([])) end);
t(37) -> c(fun() -> binary:longest_common_suffix(id([<<"a">> | b])) end);
t(38) -> [binary:decode_unsigned(id(B)) || B <- [<<>>, <<0>>, <<1, 0>>, <<255, 255, 255, 255, 255, 255, 255, 255, 255>>]];
t(39) -> [binary:decode_unsigned(id(B), little) || B <- [<<>>, <<1, 0>>, <<0, 0, 0, 0, 0, 0, 0, 0, 1>>]];
t(40) -> [binary:encode_unsigned(id(N)) || N <- [0, 1, 255, 256, 1 bsl 64, 123456789012345678901234567890]];
t(41) -> [binary:encode_unsigned(id(N), little) || N <- [0, 1, 256, 1 bsl 64]];
t(42) -> c(fun() -> binary:encode_unsigned(id(-1)) end);
t(43) -> c(fun() -> binary:decode_unsigned(id(<<1>>), middle) end);
t(44) -> binary:referenced_byte_size(id(<<"small">>));
t(45) -> Big = list_to_binary(lists:seq(1, 200)),
         {binary:referenced_byte_size(binary:part(Big, 1, 3)), binary:referenced_byte_size(binary:part(Big, 0, 100)),
          binary:referenced_byte_size(Big)};
t(46) -> {binary:copy(id(<<"ab">>)), binary:copy(id(<<"ab">>), 3), binary:copy(id(<<"ab">>), 0)};
t(47) -> binary:replace(id(<<"a-b-c">>), <<"-">>, <<"+">>, [global]);
t(48) -> binary:replace(id(<<"a-b-c">>), <<"-">>, <<"[]">>, [{insert_replaced, 1}]);
t(49) -> binary:replace(id(<<"aXbYc">>), [<<"X">>, <<"Y">>], <<>>, [global]);
t(50) -> c(fun() -> binary:matches(id(<<"abc">>), <<"b">>, [{scope, {2, 5}}]) end);
t(51) -> binary:match(id(<<"abcde">>), [<<"cd">>, <<"bcde">>, <<"b">>], [{scope, {1, 4}}]);
t(52) -> c(fun() -> binary:at(id(<<1, 2>>), -1) end);
t(53) -> Text = binary:copy(<<"lorem ipsum dolor sit amet ">>, 200),
         {length(binary:split(Text, <<" ">>, [global, trim_all])), length(binary:matches(Text, [<<"or">>, <<"it">>]))}.
