-module(arith_integer_to_list_base).
-export([main/0]).
main() ->
    [io:format("~w: ~s ~s ~s ~s~n", [N, integer_to_list(N, 2), integer_to_list(N, 16),
                                     integer_to_list(N, 36), integer_to_binary(N, 7)])
     || N <- [0, 1, -1, 255, 1000000, -123456789, 1 bsl 65]],
    io:format("~w ~w~n", [list_to_integer("-ff", 16), binary_to_integer(<<"zz">>, 36)]),
    io:format("~w~n", [list_to_integer("123456789012345678901234567890")]).
