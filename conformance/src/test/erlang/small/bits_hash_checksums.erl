-module(bits_hash_checksums).
-export([main/0]).
main() ->
    B = <<"The quick brown fox jumps over the lazy dog">>,
    io:format("~w~n", [erlang:crc32(B)]),
    io:format("~w~n", [erlang:adler32(B)]),
    io:format("~w~n", [erlang:md5(B)]),
    io:format("~w~n", [erlang:crc32(erlang:crc32(<<"The quick ">>), <<"brown fox jumps over the lazy dog">>)]),
    io:format("~w~n", [erlang:phash2({a, [1, 2], <<"x">>})]),
    io:format("~w~n", [erlang:phash2(B, 1000)]),
    io:format("~w~n", [erlang:phash2(1 bsl 80)]).
