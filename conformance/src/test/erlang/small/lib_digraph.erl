-module(lib_digraph).
-export([main/0]).
main() ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d, e]],
    [digraph:add_edge(G, X, Y) || {X, Y} <- [{a, b}, {b, c}, {a, d}, {d, c}, {c, e}]],
    io:format("~p~n", [digraph:get_path(G, a, e)]),
    io:format("~p~n", [digraph:get_short_path(G, a, e)]),
    io:format("~p~n", [lists:sort(digraph:out_neighbours(G, a))]),
    io:format("~p~n", [digraph_utils:topsort(G)]),
    io:format("~p~n", [lists:sort(digraph_utils:reachable([d], G))]),
    io:format("~p ~p~n", [digraph:no_vertices(G), digraph:no_edges(G)]),
    io:format("~p~n", [digraph_utils:is_acyclic(G)]),
    digraph:delete(G).
