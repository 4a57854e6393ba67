%% io_lib formatting: io_lib:format/2 with ~p, ~w, ~s, ~b, ~.Nf, ~e and padding over
%% mixed terms, Size times; the string building behind every log line.
-module(bench_io_lib).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 10000.
quick_size() -> 2000.

run(N) -> loop(N, 0, 0).

loop(0, Bytes, Checksum) -> {Bytes, Checksum};
loop(N, Bytes, Checksum) ->
    Term = {record, N, [N rem 7, atom_name, <<"bin">>], #{key => N}, "text"},
    Line = io_lib:format("~5..0b|~-10s|~.3f|~e|~w|~p|~16.16.0b~n",
                         [N rem 100000, integer_to_list(N), N / 3, N * 1.5, Term, Term, N]),
    Binary = unicode:characters_to_binary(Line),
    loop(N - 1, Bytes + byte_size(Binary), jbeam_bench_lib:mix(erlang:crc32(Binary), Checksum)).
