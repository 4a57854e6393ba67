-module(bits_bin_to_list_conv).
-export([main/0]).
main() ->
    io:format("~w~n", [binary_to_integer(<<"-12345">>)]),
    io:format("~w~n", [integer_to_binary(98765432109876543210)]),
    io:format("~p~n", [float_to_binary(2.5)]),
    io:format("~w~n", [binary_to_list(<<"abc">>)]),
    io:format("~w~n", [list_to_binary(atom_to_list(hello))]),
    io:format("~w~n", [binary_to_existing_atom(<<"ok">>, utf8)]),
    io:format("~w~n", [catch binary_to_existing_atom(id(<<"surely_not_an_existing_atom_xyz">>), utf8)]).
id(X) -> lists:last([X]).
