%% Bit syntax, construction: builds Size records into one binary through an appending
%% accumulator (the pattern the compiler optimises into in-place growth), with
%% sub-byte fields, little- and big-endian integers, floats and embedded binaries.
-module(bench_binary_build).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 500000.
quick_size() -> 20000.

run(N) ->
    Binary = build(N, 99, <<>>),
    {byte_size(Binary), jbeam_bench_lib:checksum_binary(binary:part(Binary, byte_size(Binary) - 64, 64)),
     erlang:crc32(Binary)}.

build(0, _Seed, Acc) ->
    Acc;
build(N, Seed, Acc) ->
    Next = jbeam_bench_lib:next_random(Seed),
    Flags = Next band 7,
    Kind = (Next bsr 3) band 31,
    Name = name(Next rem 4),
    Record = <<Flags:3, Kind:5, N:32/little, (Next band 16#FFFF):16/big,
               (N / 7):64/float, (byte_size(Name)):8, Name/binary>>,
    build(N - 1, Next, <<Acc/binary, Record/binary>>).

name(0) -> <<"alpha">>;
name(1) -> <<"beta">>;
name(2) -> <<"gamma">>;
name(3) -> <<"delta-epsilon">>.
