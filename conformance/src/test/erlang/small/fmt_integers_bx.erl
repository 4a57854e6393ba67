-module(fmt_integers_bx).
-export([main/0]).
main() ->
    Ns = [0, 255, -255, 1 bsl 70, 12345],
    [io:format("~b ~.2b ~.16b ~.16B ~8.16.0B ~x ~.16x ~.8X ~#~n",
               [N, N, N, N, N, N, "0x", N, "0x", N, "0o", N]) || N <- Ns, N >= 0],
    io:format("~.16#~n", [255]),
    io:format("~.36B ~.36b~n", [1295, 1295]),
    io:format("~10B|~-10B|~10.2B~n", [42, 42, 5]),
    io:format("~+ ~#~n", [-5, 255]),
    io:format("~.2+~n", [-5]),
    io:format("~5..0B~n", [7]).
