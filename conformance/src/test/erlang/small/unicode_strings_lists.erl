-module(unicode_strings_lists).
-export([main/0]).
main() ->
    S = "日本語テキスト",
    io:format("~w~n", [S]),
    io:format("~ts~n", [S]),
    io:format("~tp~n", [S]),
    io:format("~p~n", [S]),
    io:format("~w~n", [length(S)]),
    B = <<"日本"/utf8>>,
    io:format("~w ~w~n", [byte_size(B), string:length(B)]),
    io:format("~tp~n", [{B, 'ατομ'}]),
    io:format("~w~n", [atom_to_list('ατομ')]),
    io:format("~ts~n", [string:uppercase("straße αβγ")]),
    io:format("~p~n", [io_lib:printable_unicode_list(S)]).
