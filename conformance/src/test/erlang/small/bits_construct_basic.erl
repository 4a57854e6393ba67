-module(bits_construct_basic).
-export([main/0]).
main() ->
    X = 300,
    io:format("~w~n", [<<X:16, X:16/little, X:8, -1:8, X:32/signed-big>>]),
    io:format("~w~n", [<<1:1, 0:1, 1:1>>]),
    io:format("~w~n", [<<X:12, 5:4>>]),
    io:format("~w~n", [<<"abc", 0, "def">>]),
    io:format("~w~n", [<<1.5/float, 2.5:32/float>>]),
    io:format("~w~n", [<<(1 bsl 70):72>>]),
    io:format("~p~n", [<<"text">>]),
    io:format("~w ~w~n", [byte_size(<<1, 2, 3>>), bit_size(<<1:13>>)]).
