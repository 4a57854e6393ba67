-module(large_mapreduce_processes).
-export([main/0]).
%% Map-reduce over processes: a coordinator splits the input into chunks, spawns mapper
%% processes, shuffles their outputs by key to reducer processes, and gathers the results.
%% Every gather is keyed by pid or chunk number, so the output does not depend on scheduling.

main() ->
    Docs = [{N, doc(N)} || N <- lists:seq(1, 40)],
    Counts = mapreduce(fun map_words/1, fun reduce_sum/2, Docs, 6, 4),
    Top = lists:sublist(lists:sort(fun({A, X}, {B, Y}) -> {Y, A} =< {X, B} end, Counts), 10),
    io:format("~p~n", [Top]),
    io:format("distinct words ~w, total ~w~n", [length(Counts), lists:sum([C || {_, C} <- Counts])]),
    Nums = [{N, N} || N <- lists:seq(1, 5000)],
    Stats = mapreduce(fun({_, N}) -> [{N rem 10, N}] end,
                      fun(_, Vs) -> {length(Vs), lists:sum(Vs), lists:min(Vs), lists:max(Vs)} end, Nums, 8, 3),
    [io:format("digit ~w: ~p~n", [K, V]) || {K, V} <- Stats],
    Inverted = mapreduce(fun({Id, Text}) -> [{W, Id} || W <- lists:usort(string:lexemes(Text, " "))] end,
                         fun(_, Ids) -> lists:sort(Ids) end, lists:sublist(Docs, 6), 2, 2),
    [io:format("~s -> ~w~n", [W, Ids]) || {W, Ids} <- lists:sublist(Inverted, 8)].

doc(N) ->
    Words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"],
    string:join([lists:nth((N * K * 7 + K) rem 10 + 1, Words) || K <- lists:seq(1, 25)], " ").

map_words({_, Text}) -> [{W, 1} || W <- string:lexemes(Text, " ")].
reduce_sum(_, Vs) -> lists:sum(Vs).

mapreduce(MapF, ReduceF, Inputs, NMappers, NReducers) ->
    Self = self(),
    Chunks = chunk(Inputs, NMappers),
    Reducers = [spawn_link(fun() -> reducer(Self, ReduceF, #{}, NMappers) end) || _ <- lists:seq(1, NReducers)],
    RTuple = list_to_tuple(Reducers),
    Mappers = [spawn_link(fun() -> mapper(MapF, Chunk, RTuple) end) || Chunk <- Chunks],
    length(Mappers) =:= NMappers orelse error(bad_chunking),
    Results = [receive {reduced, R, Res} -> Res end || R <- Reducers],
    lists:sort(lists:append(Results)).

chunk(L, N) ->
    Size = (length(L) + N - 1) div N,
    chunk_by(L, Size, N).
chunk_by(_, _, 0) -> [];
chunk_by(L, Size, N) when length(L) =< Size -> [L | chunk_by([], Size, N - 1)];
chunk_by(L, Size, N) -> {H, T} = lists:split(Size, L), [H | chunk_by(T, Size, N - 1)].

mapper(MapF, Chunk, Reducers) ->
    Pairs = lists:append([MapF(I) || I <- Chunk]),
    N = tuple_size(Reducers),
    Buckets = lists:foldl(fun({K, V}, Acc) ->
                                  B = erlang:phash2(K, N) + 1,
                                  maps:update_with(B, fun(L) -> [{K, V} | L] end, [{K, V}], Acc)
                          end, #{}, Pairs),
    [element(B, Reducers) ! {pairs, maps:get(B, Buckets, [])} || B <- lists:seq(1, N)].

reducer(Parent, ReduceF, Acc, 0) ->
    Parent ! {reduced, self(), [{K, ReduceF(K, lists:sort(Vs))} || {K, Vs} <- maps:to_list(Acc)]};
reducer(Parent, ReduceF, Acc, Pending) ->
    receive
        {pairs, Pairs} ->
            Acc2 = lists:foldl(fun({K, V}, A) -> maps:update_with(K, fun(L) -> [V | L] end, [V], A) end, Acc, Pairs),
            reducer(Parent, ReduceF, Acc2, Pending - 1)
    end.
