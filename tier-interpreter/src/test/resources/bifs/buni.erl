%% unicode:characters_to_list/binary, one behaviour per clause.
-module(buni).
-export([t/1]).
id(X) -> X.
c(F) -> try F() catch C:R -> {C, R} end.
t(1) -> unicode:characters_to_binary(id([104, 233, 108, 108, 111]));
t(2) -> unicode:characters_to_list(id(<<"h", 195, 169>>));
t(3) -> unicode:characters_to_binary(id([97, -1, 98]));
t(4) -> unicode:characters_to_list(id([97, [98, -1, 99], 100]));
t(5) -> unicode:characters_to_binary(id([<<"ab">>, <<255, 97>>, 99]));
t(6) -> unicode:characters_to_binary(id(<<97, 195>>));
t(7) -> unicode:characters_to_binary(id([300]), unicode, latin1);
t(8) -> unicode:characters_to_binary(id([97, [<<98>>, 300, 99], 100]), unicode, latin1);
t(9) -> c(fun() -> unicode:characters_to_list(id(foo)) end);
t(10) -> c(fun() -> unicode:characters_to_list(id([a])) end);
t(11) -> unicode:characters_to_list(id(<<200>>), latin1);
t(12) -> unicode:characters_to_binary(id([1000, <<"x">>]));
t(13) -> unicode:characters_to_list(id([97 | <<98>>]));
t(14) -> unicode:characters_to_list(id(<<97, 195>>));
t(15) -> unicode:characters_to_binary(id([97, 16#D800]));
t(16) -> unicode:characters_to_binary(id("ab"), unicode, utf16);
t(17) -> unicode:characters_to_binary(id([128512]), unicode, {utf16, little});
t(18) -> unicode:characters_to_binary(id([65, 1000]), utf8, utf32);
t(19) -> unicode:characters_to_binary(id([233]), latin1, utf8);
t(20) -> unicode:characters_to_list(id([[], [[]], <<>>]));
t(21) -> unicode:characters_to_binary(id(<<240, 159, 152, 128, 97>>));
t(22) -> unicode:characters_to_binary(id(<<237, 160, 128>>)).
