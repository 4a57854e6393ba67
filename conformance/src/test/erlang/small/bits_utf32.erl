-module(bits_utf32).
-export([main/0]).
main() ->
    B = <<16#1F600/utf32, $x/utf32-little>>,
    io:format("~w~n", [B]),
    <<A/utf32, C/utf32-little>> = B,
    io:format("~w ~w~n", [A, C]),
    io:format("~w~n", [case <<16#110000:32>> of <<_/utf32>> -> ok; _ -> no_match end]).
