-module(comp_list_comprehensions).
-export([main/0]).
main() ->
    io:format("~w~n", [[{X, Y} || X <- [1, 2, 3], Y <- [a, b], X =/= 2]]),
    io:format("~w~n", [[X || {X, true} <- [{1, true}, {2, false}, {3, true}, bad]]]),
    io:format("~w~n", [[{A, B, C} || C <- lists:seq(1, 30), B <- lists:seq(1, C), A <- lists:seq(1, B),
                                     A * A + B * B =:= C * C]]),
    io:format("~w~n", [qsort([5, 3, 8, 1, 9, 2, 7])]),
    io:format("~w~n", [perms([1, 2, 3])]),
    io:format("~w~n", [[X || X <- lists:seq(1, 50), is_prime(X)]]).
qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).
perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].
is_prime(N) -> N > 1 andalso [] =:= [D || D <- lists:seq(2, N - 1), N rem D =:= 0].
