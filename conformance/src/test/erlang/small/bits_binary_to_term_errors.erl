-module(bits_binary_to_term_errors).
-export([main/0]).
main() ->
    io:format("~p~n", [try binary_to_term(id(<<131, 99>>)) catch error:R -> R end]),
    io:format("~p~n", [try binary_to_term(id(<<1, 2, 3>>)) catch error:R2 -> R2 end]),
    B = term_to_binary({a, <<"b">>, [1.5]}),
    io:format("~p~n", [binary_to_term(<<B/binary, "extra">>, [used])]),
    io:format("~p~n", [binary_to_term(term_to_binary(safe_atom), [safe])]).
id(X) -> lists:last([X]).
