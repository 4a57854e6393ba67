-module(fmt_s_c).
-export([main/0]).
main() ->
    io:format("[~s]~n", ["plain"]),
    io:format("[~s]~n", [<<"binary">>]),
    io:format("[~s]~n", [atom]),
    io:format("[~s]~n", [["nested", [$i, "o"], <<"list">>]]),
    io:format("[~10s]~n", ["right"]),
    io:format("[~-10s]~n", ["left"]),
    io:format("[~.3s]~n", ["truncated"]),
    io:format("[~10.3s]~n", ["abcdef"]),
    io:format("[~-10.3.*s]~n", [$_, "abcdef"]),
    io:format("[~c~c~c]~n", [$a, $b, $c]),
    io:format("[~5c]~n", [$x]),
    io:format("[~-5c|]~n", [$y]),
    io:format("[~ts]~n", [[16#3B1, 16#3B2]]),
    io:format("[~ts]~n", [<<"ünïcödé"/utf8>>]),
    io:format("[~tc]~n", [16#263A]).
