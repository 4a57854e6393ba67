%% Scale checks of issue 3: deep non-tail recursion, a ten-million-element list, a large
%% factorial, and a 100,000-key map, each answered with a value erl computes the same way.
-module(scale).
-export([deep/1, long_list/1, fact_digits/1, fact/1, big_map/1, big_map_remove/1]).

%% Non-tail recursion N calls deep: every frame stays on the stack until the bottom.
deep(0) -> 0;
deep(N) -> N + deep(N - 1).

%% Builds [1..N] with a body-recursive builder, then sums it tail-recursively.
long_list(N) -> sum(build(1, N), 0).

build(I, N) when I > N -> [];
build(I, N) -> [I | build(I + 1, N)].

sum([], Acc) -> Acc;
sum([H | T], Acc) -> sum(T, Acc + H).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

%% The decimal text of N!, as erl prints it.
fact_digits(N) -> integer_to_list(fact(N)).

%% Builds an N-key map one maps:put at a time, folds it, and updates every key by syntax.
big_map(N) ->
    M = lists:foldl(fun(K, Acc) -> maps:put(K, K * 2, Acc) end, #{}, lists:seq(1, N)),
    Sum = maps:fold(fun(K, V, Acc) -> Acc + K + V end, 0, M),
    M2 = lists:foldl(fun(K, Acc) -> Acc#{K := K} end, M, lists:seq(1, N, 7)),
    {map_size(M), Sum, maps:get(N div 2, M2), maps:get(8, M2), erlang:phash2(M2)}.

%% Removes all but 10 keys of an N-key map, one at a time, crossing back to a flatmap.
big_map_remove(N) ->
    M = maps:from_list([{K, K} || K <- lists:seq(1, N)]),
    Small = lists:foldl(fun(K, Acc) -> maps:remove(K, Acc) end, M, lists:seq(11, N)),
    {map_size(Small), maps:to_list(Small), erlang:phash2(Small)}.
