-module(unicode_grapheme_clusters).
-export([main/0]).
main() ->
    S = [$e, 16#301, $a, 16#1F1F8, 16#1F1EA, $\r, $\n],
    io:format("~w~n", [string:to_graphemes(S)]),
    io:format("~w~n", [string:length(S)]),
    io:format("~w~n", [string:reverse(S)]),
    io:format("~w~n", [unicode:characters_to_nfc_list(S)]),
    io:format("~w~n", [string:next_codepoint(S)]).
