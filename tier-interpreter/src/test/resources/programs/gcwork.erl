-module(gcwork).
-export([stale_frames/1, mapfill/1, lists/1, tuples/1, maps/1, funs/1, numbers/1, deep/1, explicit/1, catches/1, mixed/1,
         dictionary/1]).

%% Builds and drops a list of N elements 100 times; only a running total survives.
lists(N) -> lists(100, N, 0).
lists(0, _, Acc) -> Acc;
lists(K, N, Acc) ->
    L = seq(1, N),
    R = rev(L, []),
    lists(K - 1, N, Acc + sum(R, 0) + length(L)).

seq(N, M) when N > M -> [];
seq(N, M) -> [N | seq(N + 1, M)].
rev([], Acc) -> Acc;
rev([H | T], Acc) -> rev(T, [H | Acc]).
sum([], Acc) -> Acc;
sum([H | T], Acc) -> sum(T, Acc + H).

%% A long-running accumulator of tuples: a window of the last 20 records survives many collections.
tuples(N) -> tuples(N, [], 0).
tuples(0, Window, Count) -> {Count, Window};
tuples(K, Window, Count) ->
    Rec = {rec, K, {nested, [K, K * 2], K rem 7}, float(K) / 3},
    tuples(K - 1, take(20, [Rec | Window]), Count + tuple_size(Rec)).

take(0, _) -> [];
take(_, []) -> [];
take(N, [H | T]) -> [H | take(N - 1, T)].

%% A map accumulator that grows past 32 keys (a HAMT) and is updated many times.
maps(N) -> maps(N, #{}).
maps(0, M) -> {map_size(M), [{Key, maps:get(Key, M)} || Key <- seq(0, 49)], maps:get({small, 3}, M)};
maps(K, M) ->
    Key = K rem 50,
    Old = get_or(Key, M, []),
    maps(K - 1, M#{Key => take(3, [{K, Key} | Old]), {small, K rem 5} => K}).

%% Closures capturing data, kept in a list and called later.
funs(N) -> funs(N, []).
funs(0, Fs) -> [F(1) || F <- take(5, Fs)];
funs(K, Fs) ->
    Data = {K, [K, K + 1]},
    F = fun(X) -> {X, Data, K * X} end,
    funs(K - 1, take(10, [F | Fs])).

%% Bignums and floats made and dropped in a loop.
numbers(N) -> numbers(N, 1, 0.0).
numbers(0, Big, F) -> {Big rem 1000000007, Big div (1 bsl 200), F};
numbers(K, Big, F) ->
    B2 = (Big * 1000003 + K) rem (1 bsl 300),
    numbers(K - 1, B2, F + float(K) * 0.5).

%% Deep non-tail recursion: the stack holds the live terms while the heap fills.
deep(0) -> [];
deep(N) ->
    T = {N, [N]},
    Rest = deep(N - 1),
    case Rest of
        [] -> [T];
        [{M, _} | _] when M =:= N - 1 -> [T | Rest]
    end.

%% erlang:garbage_collect/0 with live data in registers and on the stack.
explicit(N) ->
    L = seq(1, N),
    true = erlang:garbage_collect(),
    M = #{a => L, b => {L}},
    true = erlang:garbage_collect(),
    {sum(L, 0), length(maps:get(a, M)), element(1, maps:get(b, M)) =:= L}.

%% Exceptions raised and caught while allocating.
catches(N) -> catches(N, 0).
catches(0, Acc) -> Acc;
catches(K, Acc) ->
    R = try
            case K rem 3 of
                0 -> throw({thrown, seq(1, 10)});
                1 -> error({bad, [K]});
                2 -> {ok, K}
            end
        catch
            throw:{thrown, L} -> length(L);
            error:{bad, [X]} -> X rem 5
        end,
    catches(K - 1, Acc + (case R of {ok, V} -> V; V -> V end)).

%% A realistic mix: an inventory of items updated many times.
mixed(N) -> mixed(N, #{}, []).
mixed(0, Stock, Log) -> {[maps:get({item, I}, Stock) || I <- seq(0, 39)], length(Log), take(3, Log)};
mixed(K, Stock, Log) ->
    Item = list_to_atom_free(K rem 40),
    Qty = get_or(Item, Stock, 0) + K rem 9,
    Entry = {Item, Qty, [K | seq(1, K rem 4)]},
    mixed(K - 1, Stock#{Item => Qty}, take(50, [Entry | Log])).

list_to_atom_free(I) -> {item, I}.

get_or(Key, Map, Default) ->
    case Map of
        #{Key := Value} -> Value;
        _ -> Default
    end.

%% Map updates alone (no other allocation, no arithmetic): the map instruction is the collection point.
%% (Maps.put rebuilds the whole map today, so this is quadratic: keep N small.)
mapfill(N) ->
    M = mapfill(seq(1, N), #{}),
    {map_size(M), maps:get(N, M), maps:get(1, M)}.
mapfill([], M) -> M;
mapfill([K | T], M) -> mapfill(T, M#{K => K}).

%% The process dictionary holds heap terms across collections: 64 keys rewritten with fresh
%% lists, tuples and binaries, read back and summed at the end.
dictionary(N) ->
    dictionary(N, 0).

dictionary(0, _) ->
    lists:sum([checksum(get({slot, K})) || K <- lists:seq(0, 63)]);
dictionary(N, I) ->
    K = I rem 64,
    put({slot, K}, {N, lists:seq(1, 1 + N rem 20), <<N:32, K:8>>}),
    dictionary(N - 1, I + 1).

checksum(undefined) -> 0;
checksum({N, L, <<A:32, B:8>>}) -> N + lists:sum(L) + A + B.

%% allocate_heap tests the heap before its frame exists: a collection there must not scan the new
%% frame's Y slots, which still hold the terms a deeper, finished call left on the stack.
stale_frames(N) -> stale_frames(N, 0).

stale_frames(0, Acc) -> Acc;
stale_frames(N, Acc) ->
    Deep = hold_deep(8, {N, [N, N]}),
    stale_frames(N - 1, builds_at_entry(N, Deep, Acc)).

hold_deep(0, T) -> tuple_size(T);
hold_deep(D, T) ->
    Inner = {D, T, [D]},
    Size = hold_deep(D - 1, Inner),
    Size + element(1, Inner) + length(element(3, Inner)).

builds_at_entry(N, Deep, Acc) ->
    Pair = {N, Deep},
    Checked = echo(Pair),
    (element(1, Checked) + element(2, Checked) + Acc) rem 1000003.

echo(T) -> T.
