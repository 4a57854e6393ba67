-module(bits_term_to_binary).
-export([main/0]).
main() ->
    Terms = [1, -1, 1 bsl 80, 3.5, atom, "str", <<"bin">>, {a, [b]}, #{k => v}, [], <<1:3>>],
    [io:format("~w~n", [term_to_binary(T)]) || T <- Terms],
    [io:format("~w~n", [binary_to_term(term_to_binary(T)) =:= T]) || T <- Terms],
    io:format("~w~n", [term_to_binary(lists:seq(1, 5), [compressed])]),
    io:format("~w~n", [byte_size(term_to_binary(lists:duplicate(1000, a), [compressed]))]).
