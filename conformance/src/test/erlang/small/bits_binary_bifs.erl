-module(bits_binary_bifs).
-export([main/0]).
main() ->
    B = <<"hello, world">>,
    io:format("~p~n", [binary_part(B, 7, 5)]),
    io:format("~p~n", [binary_part(B, {12, -5})]),
    io:format("~w~n", [binary_to_list(B, 1, 5)]),
    io:format("~p~n", [list_to_binary([<<"a">>, "bc", [$d, [<<"e">>]], 102])]),
    io:format("~p~n", [iolist_to_binary(["x", [<<"y">> | <<"z">>]])]),
    io:format("~w~n", [iolist_size([<<1, 2>>, [3, [4]]])]),
    io:format("~p~n", [split_binary(B, 5)]),
    io:format("~w~n", [bitstring_to_list(<<1, 2, 3:4>>)]),
    io:format("~w~n", [list_to_bitstring([<<1:4>>, 2, <<3:4>>])]),
    io:format("~w~n", [catch list_to_binary(id([256]))]),
    io:format("~w~n", [erlang:binary_to_atom(<<"ok">>, utf8)]),
    io:format("~w~n", [atom_to_binary('héllo', utf8)]).
id(X) -> lists:last([X]).
