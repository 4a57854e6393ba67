-module(guards_multiple_clauses_order).
-export([main/0]).
%% Clause selection follows source order; many clauses with literal patterns (select_val jump tables).
main() ->
    io:format("~p~n", [[day(N) || N <- lists:seq(0, 8)]]),
    io:format("~p~n", [[kind(X) || X <- [a, b, c, d, 1, 2, {x}, "s"]]]).
day(1) -> mon; day(2) -> tue; day(3) -> wed; day(4) -> thu;
day(5) -> fri; day(6) -> sat; day(7) -> sun; day(_) -> none.
kind(a) -> first; kind(b) -> second; kind(c) -> third;
kind(X) when is_atom(X) -> atom; kind(1) -> one;
kind(X) when is_integer(X) -> int; kind({_}) -> tuple1; kind(_) -> other.
