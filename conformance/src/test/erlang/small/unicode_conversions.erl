-module(unicode_conversions).
-export([main/0]).
main() ->
    S = [$a, 16#E9, 16#4E2D, 16#1F600],
    B8 = unicode:characters_to_binary(S),
    io:format("~w~n", [B8]),
    io:format("~w~n", [unicode:characters_to_list(B8)]),
    io:format("~w~n", [unicode:characters_to_binary(S, unicode, utf16)]),
    io:format("~w~n", [unicode:characters_to_binary(S, unicode, {utf32, little})]),
    io:format("~w~n", [unicode:characters_to_binary(<<233, 97>>, latin1, utf8)]),
    io:format("~w~n", [unicode:characters_to_binary([16#E9], unicode, latin1)]),
    io:format("~w~n", [unicode:characters_to_binary([16#4E2D], unicode, latin1)]),
    io:format("~w~n", [unicode:characters_to_list(<<97, 255, 98>>)]),
    io:format("~w~n", [unicode:characters_to_list(<<97, 228, 184>>)]),
    io:format("~w~n", [unicode:bom_to_encoding(<<16#EF, 16#BB, 16#BF, 1>>)]),
    io:format("~w~n", [unicode:encoding_to_bom({utf16, little})]),
    io:format("~p~n", [unicode:characters_to_nfd_list("é")]),
    io:format("~p~n", [unicode:characters_to_nfc_list([$e, 16#301])]),
    io:format("~ts~n", [unicode:characters_to_nfkc_binary("ﬁ")]).
