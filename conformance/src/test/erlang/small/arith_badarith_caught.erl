-module(arith_badarith_caught).
-export([main/0]).
main() ->
    Cases = [fun() -> id(1) + id(a) end, fun() -> id(1) div id(0) end,
             fun() -> id(1.0) / id(0) end, fun() -> id(1) rem id(0) end,
             fun() -> id(2.0) band id(1) end, fun() -> -id(foo) end,
             fun() -> id(1) bsl id(1.0) end],
    [io:format("~p~n", [catch F()]) || F <- Cases],
    [io:format("~p~n", [try F() catch error:R -> {caught, R} end]) || F <- Cases].
id(X) -> lists:last([X]).
