-module(conv_atoms_lists).
-export([main/0]).
main() ->
    io:format("~p~n", [atom_to_list('Hello World')]),
    io:format("~p~n", [list_to_atom("with space")]),
    io:format("~p~n", [list_to_existing_atom("ok")]),
    io:format("~p~n", [try list_to_existing_atom(id("no_such_atom_abc_123")) catch error:R -> R end]),
    io:format("~p~n", [integer_to_list(-42)]),
    io:format("~p~n", [list_to_integer("  12" -- "  ")]),
    io:format("~p~n", [try list_to_integer(id("12a")) catch error:R2 -> R2 end]),
    io:format("~p~n", [tuple_to_list({a, {b}})]),
    io:format("~p~n", [list_to_tuple([])]),
    io:format("~p~n", [term_to_binary(ok) =:= <<131, 100, 0, 2, $o, $k>>]),
    io:format("~p~n", [atom_to_binary(abc)]),
    io:format("~p~n", [binary_to_atom(<<"xyz">>)]),
    io:format("~p~n", [try list_to_atom(id(lists:duplicate(256, $a))) catch error:R3 -> R3 end]).
id(X) -> lists:last([X]).
