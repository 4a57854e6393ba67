-module(lib_sofs).
-export([main/0]).
main() ->
    R = sofs:relation([{a, 1}, {b, 2}, {a, 3}, {c, 2}]),
    io:format("~p~n", [sofs:to_external(sofs:domain(R))]),
    io:format("~p~n", [sofs:to_external(sofs:range(R))]),
    io:format("~p~n", [sofs:to_external(sofs:converse(R))]),
    io:format("~p~n", [sofs:to_external(sofs:relation_to_family(R))]),
    S1 = sofs:set([1, 2, 3]), S2 = sofs:set([2, 3, 4]),
    io:format("~p~n", [sofs:to_external(sofs:union(S1, S2))]),
    io:format("~p~n", [sofs:to_external(sofs:intersection(S1, S2))]),
    io:format("~p~n", [sofs:to_external(sofs:product(sofs:set([x, y]), sofs:set([1, 2])))]),
    io:format("~p~n", [sofs:to_external(sofs:restriction(R, sofs:set([a])))]),
    G = sofs:family([{a, [b, c]}, {b, [c]}, {c, []}]),
    io:format("~p~n", [sofs:to_external(sofs:family_to_relation(G))]).
