-module(bits_utf8).
-export([main/0]).
main() ->
    Cps = [$a, 16#E9, 16#20AC, 16#1F600, 16#10FFFF, 0],
    Bin = << <<C/utf8>> || C <- Cps >>,
    io:format("~w~n", [Bin]),
    io:format("~w~n", [decode(Bin)]),
    io:format("~w~n", [catch <<(id(16#D800))/utf8>>]),
    io:format("~w~n", [case <<16#C0, 16#80>> of <<_/utf8, _/binary>> -> ok; _ -> invalid end]).
decode(<<>>) -> [];
decode(<<C/utf8, Rest/binary>>) -> [C | decode(Rest)].
id(X) -> lists:last([X]).
