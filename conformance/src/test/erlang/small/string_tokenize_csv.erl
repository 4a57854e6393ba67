-module(string_tokenize_csv).
-export([main/0]).
main() ->
    Csv = "name,age,city\nann,31,oslo\nbob,,rome\n\"quoted, name\",40,\"new york\"\n",
    Lines = string:split(string:trim(Csv), "\n", all),
    [io:format("~p~n", [parse_line(L)]) || L <- Lines].
parse_line(L) -> parse(L, [], []).
parse([], F, Acc) -> lists:reverse([lists:reverse(F) | Acc]);
parse([$" | Rest], [], Acc) -> {Q, Rest2} = quoted(Rest, []), parse(Rest2, lists:reverse(Q), Acc);
parse([$, | Rest], F, Acc) -> parse(Rest, [], [lists:reverse(F) | Acc]);
parse([C | Rest], F, Acc) -> parse(Rest, [C | F], Acc).
quoted([$" | Rest], Acc) -> {lists:reverse(Acc), Rest};
quoted([C | Rest], Acc) -> quoted(Rest, [C | Acc]).
