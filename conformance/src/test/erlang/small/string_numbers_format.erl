-module(string_numbers_format).
-export([main/0]).
main() ->
    Rows = [{"apples", 3, 0.5}, {"bananas", 12, 0.25}, {"cherries", 200, 0.05}],
    io:format("~-10s ~5s ~8s~n", ["item", "qty", "price"]),
    [io:format("~-10s ~5w ~8.2f~n", [N, Q, P]) || {N, Q, P} <- Rows],
    Total = lists:sum([Q * P || {_, Q, P} <- Rows]),
    io:format("~-10s ~5s ~8.2f~n", ["total", "", Total]),
    io:format("~s~n", [lists:duplicate(25, $-)]).
