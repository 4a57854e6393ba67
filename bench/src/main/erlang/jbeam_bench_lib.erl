%% Helpers shared by the benchmark workloads: a deterministic pseudo-random generator (so
%% every runner sorts, hashes and stores the same data) and order-sensitive checksums that
%% reduce a workload's output to a small integer the bake-off can compare between runners.
-module(jbeam_bench_lib).
-export([random_list/2, next_random/1, checksum/1, checksum_binary/1, mix/2]).

-define(MASK, 16#FFFFFFF).

%% N pseudo-random integers in [0, 1 000 000), from a linear congruential generator.
random_list(N, Seed) ->
    random_list(N, Seed, []).

random_list(0, _State, Acc) ->
    Acc;
random_list(N, State, Acc) ->
    Next = next_random(State),
    random_list(N - 1, Next, [Next rem 1000000 | Acc]).

%% One step of the generator (the constants of Numerical Recipes, kept within 32 bits).
next_random(State) ->
    (State * 1664525 + 1013904223) band 16#FFFFFFFF.

%% Order-sensitive checksum of a list of integers.
checksum(List) ->
    lists:foldl(fun mix/2, 0, List).

%% Order-sensitive checksum of the bytes of a binary.
checksum_binary(Binary) ->
    checksum_bytes(Binary, 0).

checksum_bytes(<<Byte, Rest/binary>>, Acc) ->
    checksum_bytes(Rest, mix(Byte, Acc));
checksum_bytes(<<>>, Acc) ->
    Acc.

%% Folds one integer into an accumulator, keeping the accumulator a small integer.
mix(Value, Acc) ->
    (Acc * 31 + (Value band ?MASK)) band ?MASK.
