-module(large_lru_cache_ets).
-export([main/0]).
%% An LRU cache in front of a slow function, kept in two ETS tables (key -> {value, tick} and
%% an ordered_set of {tick, key} for eviction), owned by a server process; hit/miss
%% statistics for several access patterns.

main() ->
    [begin
         Cache = start(Cap),
         Pattern = pattern(Name),
         Results = [get(Cache, K) || K <- Pattern],
         Stats = stats(Cache),
         io:format("~-10s cap ~3w: ~p, checksum ~w~n", [Name, Cap, Stats, lists:sum(Results) rem 1000003]),
         stop(Cache)
     end || {Name, Cap} <- [{sequential, 50}, {looping, 50}, {looping, 64}, {hotspot, 20}, {random, 100}]],
    C = start(3),
    [get(C, K) || K <- [1, 2, 3, 1, 4, 5, 1]],
    io:format("~p~n", [contents(C)]),
    stop(C).

pattern(sequential) -> lists:seq(1, 500);
pattern(looping) -> lists:append(lists:duplicate(8, lists:seq(1, 60)));
pattern(hotspot) -> [case N rem 5 of 0 -> N rem 97; _ -> N rem 10 end || N <- lists:seq(1, 600)];
pattern(random) -> element(1, lists:foldl(fun(_, {Acc, R}) -> R1 = (R * 16807) rem 2147483647, {[R1 rem 300 | Acc], R1} end, {[], 99}, lists:seq(1, 1000))).

slow(K) -> lists:foldl(fun(I, A) -> (A * 31 + I) rem 1000003 end, K, lists:seq(1, 50)).

start(Cap) ->
    Self = self(),
    Pid = spawn_link(fun() ->
                             Data = ets:new(data, [set]),
                             Order = ets:new(order, [ordered_set]),
                             Self ! {ready, self()},
                             loop(#{cap => Cap, data => Data, order => Order, tick => 0, hits => 0, misses => 0, evictions => 0})
                     end),
    receive {ready, Pid} -> Pid end.

call(Pid, Req) -> Pid ! {Req, self()}, receive {reply, Pid, R} -> R end.
get(Pid, K) -> call(Pid, {get, K}).
stats(Pid) -> call(Pid, stats).
contents(Pid) -> call(Pid, contents).
stop(Pid) -> call(Pid, stop).

loop(#{data := D, order := O, tick := T} = S) ->
    receive
        {{get, K}, From} ->
            case ets:lookup(D, K) of
                [{K, V, Old}] ->
                    ets:delete(O, Old), ets:insert(O, {T, K}), ets:insert(D, {K, V, T}),
                    From ! {reply, self(), V},
                    loop(S#{tick := T + 1, hits := maps:get(hits, S) + 1});
                [] ->
                    V = slow(K),
                    S2 = evict(S),
                    ets:insert(D, {K, V, T}), ets:insert(O, {T, K}),
                    From ! {reply, self(), V},
                    loop(S2#{tick := T + 1, misses := maps:get(misses, S2) + 1})
            end;
        {stats, From} ->
            Counts = maps:with([hits, misses, evictions], S),
            From ! {reply, self(), Counts#{size => ets:info(D, size)}},
            loop(S);
        {contents, From} ->
            From ! {reply, self(), [K || {_, K} <- ets:tab2list(O)]},
            loop(S);
        {stop, From} -> From ! {reply, self(), ok}
    end.

evict(#{cap := Cap, data := D, order := O} = S) ->
    case ets:info(D, size) >= Cap of
        true ->
            Oldest = ets:first(O),
            [{_, K}] = ets:lookup(O, Oldest),
            ets:delete(O, Oldest), ets:delete(D, K),
            S#{evictions := maps:get(evictions, S) + 1};
        false -> S
    end.
