-module(large_dijkstra).
-export([main/0]).
%% Dijkstra's shortest paths on a generated weighted graph (adjacency in a map, frontier in
%% gb_sets), with path reconstruction, plus BFS hop counts and a check against Bellman-Ford.

main() ->
    G = graph(60),
    io:format("vertices ~w, edges ~w~n", [map_size(G), lists:sum([length(E) || E <- maps:values(G)])]),
    {Dist, Prev} = dijkstra(G, 1),
    [io:format("~3w: dist ~4w path ~w~n", [V, maps:get(V, Dist, inf), path(Prev, V)]) || V <- [2, 10, 25, 37, 59, 60]],
    Reachable = lists:sort(maps:keys(Dist)),
    io:format("reachable ~w~n", [length(Reachable)]),
    BF = bellman_ford(G, 1),
    io:format("agrees with Bellman-Ford: ~p~n", [BF =:= Dist]),
    Hops = bfs(G, 1),
    io:format("max hops ~w, farthest by weight ~w~n",
              [lists:max(maps:values(Hops)), lists:last(lists:keysort(2, maps:to_list(Dist)))]),
    Small = #{a => [{b, 7}, {c, 9}, {f, 14}], b => [{a, 7}, {c, 10}, {d, 15}], c => [{a, 9}, {b, 10}, {d, 11}, {f, 2}],
              d => [{b, 15}, {c, 11}, {e, 6}], e => [{d, 6}, {f, 9}], f => [{a, 14}, {c, 2}, {e, 9}]},
    {D2, P2} = dijkstra(Small, a),
    io:format("~p~n~p~n", [lists:sort(maps:to_list(D2)), path(P2, e)]).

graph(N) ->
    Edges = [{I, J, (I * 37 + J * 11) rem 23 + 1} || I <- lists:seq(1, N), J <- lists:seq(1, N), I =/= J,
                                                       (I * 7 + J * 13) rem 9 =:= 0 orelse J =:= I + 1],
    lists:foldl(fun({I, J, W}, M) -> maps:update_with(I, fun(L) -> [{J, W} | L] end, [{J, W}], M) end,
                maps:from_list([{V, []} || V <- lists:seq(1, N)]), Edges).

dijkstra(G, Src) -> loop(G, gb_sets:singleton({0, Src}), #{Src => 0}, #{}).
loop(G, Q, Dist, Prev) ->
    case gb_sets:is_empty(Q) of
        true -> {Dist, Prev};
        false ->
            {{D, U}, Q1} = gb_sets:take_smallest(Q),
            case D > maps:get(U, Dist) of
                true -> loop(G, Q1, Dist, Prev);
                false ->
                    {Q2, Dist2, Prev2} = lists:foldl(
                        fun({V, W}, {QA, DA, PA}) ->
                                Alt = D + W,
                                case maps:get(V, DA, infinity) of
                                    Old when Old =:= infinity; Alt < Old -> {gb_sets:add({Alt, V}, QA), DA#{V => Alt}, PA#{V => U}};
                                    _ -> {QA, DA, PA}
                                end
                        end, {Q1, Dist, Prev}, lists:sort(maps:get(U, G, []))),
                    loop(G, Q2, Dist2, Prev2)
            end
    end.

path(Prev, V) -> path(Prev, V, [V]).
path(Prev, V, Acc) ->
    case Prev of
        #{V := U} -> path(Prev, U, [U | Acc]);
        _ -> Acc
    end.

bellman_ford(G, Src) ->
    Edges = [{U, V, W} || {U, L} <- maps:to_list(G), {V, W} <- L],
    relax(Edges, #{Src => 0}, map_size(G)).
relax(_, D, 0) -> D;
relax(Edges, D, K) ->
    D2 = lists:foldl(fun({U, V, W}, Acc) ->
                             case Acc of
                                 #{U := Du} -> case maps:get(V, Acc, infinity) of
                                                   Old when Old =:= infinity; Du + W < Old -> Acc#{V => Du + W};
                                                   _ -> Acc
                                               end;
                                 _ -> Acc
                             end
                     end, D, Edges),
    case D2 =:= D of true -> D; false -> relax(Edges, D2, K - 1) end.

bfs(G, Src) -> bfs(G, queue:from_list([Src]), #{Src => 0}).
bfs(G, Q, Seen) ->
    case queue:out(Q) of
        {empty, _} -> Seen;
        {{value, U}, Q1} ->
            H = maps:get(U, Seen),
            {Q2, S2} = lists:foldl(fun({V, _}, {QA, SA}) ->
                                           case SA of #{V := _} -> {QA, SA}; _ -> {queue:in(V, QA), SA#{V => H + 1}} end
                                   end, {Q1, Seen}, lists:sort(maps:get(U, G))),
            bfs(G, Q2, S2)
    end.
