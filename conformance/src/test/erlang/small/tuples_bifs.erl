-module(tuples_bifs).
-export([main/0]).
main() ->
    T = {a, b, c, d},
    io:format("~w ~w ~w~n", [element(2, T), tuple_size(T), size(T)]),
    io:format("~w~n", [setelement(3, T, x)]),
    io:format("~w~n", [erlang:append_element(T, e)]),
    io:format("~w~n", [erlang:delete_element(1, T)]),
    io:format("~w~n", [erlang:insert_element(2, T, new)]),
    io:format("~w~n", [erlang:make_tuple(3, z)]),
    io:format("~w~n", [erlang:make_tuple(5, 0, [{2, two}, {4, four}])]),
    io:format("~w ~w~n", [tuple_to_list(T), list_to_tuple([1, [2], {3}])]),
    io:format("~w~n", [catch element(id(5), T)]),
    io:format("~w~n", [{}]).
id(X) -> lists:last([X]).
