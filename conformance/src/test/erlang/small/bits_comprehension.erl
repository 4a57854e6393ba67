-module(bits_comprehension).
-export([main/0]).
main() ->
    io:format("~w~n", [<< <<(X * 2)>> || <<X>> <= <<1, 2, 3, 4>> >>]),
    io:format("~w~n", [[X || <<X:4>> <= <<16#ABCD:16>>]]),
    io:format("~w~n", [<< <<X:3>> || X <- [1, 2, 3, 4, 5] >>]),
    io:format("~w~n", [<< <<B>> || <<B>> <= <<"hello world">>, B =/= $o >>]),
    io:format("~p~n", [[{K, V} || <<K:8, V:8>> <= <<1, 10, 2, 20, 3, 30>>]]),
    io:format("~w~n", [<< <<X:8, Y:8>> || X <- [1, 2], Y <- [7, 8] >>]).
