-module(unicode_atoms_and_binaries).
-export([main/0]).
main() ->
    A = binary_to_atom(<<"δέλτα"/utf8>>, utf8),
    io:format("~w~n", [atom_to_binary(A, utf8)]),
    io:format("~w~n", [length(atom_to_list(A))]),
    io:format("~p~n", [try atom_to_binary(id(A), latin1) catch error:R -> R end]),
    io:format("~p~n", [list_to_atom([16#3B4]) =:= binary_to_atom(<<16#CE, 16#B4>>, utf8)]),
    io:format("~p~n", [unicode:characters_to_binary(atom_to_list(A))]).
id(X) -> lists:last([X]).
