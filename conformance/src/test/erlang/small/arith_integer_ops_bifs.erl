-module(arith_integer_ops_bifs).
-export([main/0]).
main() ->
    io:format("~p~n", [[abs(X) || X <- [-3, 3, -(1 bsl 64)]]]),
    io:format("~p~n", [erlang:max(3, 7)]),
    io:format("~p~n", [[X div 3 || X <- [-7, -6, -5, 5, 6, 7]]]),
    io:format("~p~n", [[X rem 3 || X <- [-7, -6, -5, 5, 6, 7]]]),
    io:format("~p~n", [integer_to_list(1 bsl 64, 2) =:= [$1 | lists:duplicate(64, $0)]]),
    io:format("~p~n", [length(integer_to_list(7 bsl 3000))]).
