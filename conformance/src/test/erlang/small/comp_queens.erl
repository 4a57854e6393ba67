-module(comp_queens).
-export([main/0]).
%% The eight queens with list comprehensions.
main() ->
    Sols = queens(8),
    io:format("~w~n", [length(Sols)]),
    io:format("~w~n", [hd(Sols)]),
    io:format("~w~n", [lists:last(Sols)]).
queens(0) -> [[]];
queens(N) -> [[Q | Qs] || Qs <- queens(N - 1), Q <- lists:seq(1, 8), safe(Q, Qs)].
safe(Q, Qs) -> safe(Q, Qs, 1).
safe(_, [], _) -> true;
safe(Q, [Q1 | Qs], D) -> Q =/= Q1 andalso abs(Q - Q1) =/= D andalso safe(Q, Qs, D + 1).
