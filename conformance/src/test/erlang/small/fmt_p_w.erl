-module(fmt_p_w).
-export([main/0]).
main() ->
    T = {tuple, [1, 2, 3], "string", <<"bin">>, #{k => v}, 'quoted atom', 3.5, [a | b]},
    io:format("~p~n~w~n", [T, T]),
    Long = lists:seq(1, 60),
    io:format("~p~n", [Long]),
    io:format("~p~n", [{Long, [{key, "value"}, {other, <<"binary data here">>}], lists:duplicate(5, {x, y, z})}]),
    io:format("~P~n", [Long, 5]),
    io:format("~W~n", [{a, [b, c, d, e], f}, 3]),
    io:format("~60p~n", [lists:seq(100, 130)]),
    io:format("~p~n", [[<<"abc">>, <<1, 2>>, <<"é"/utf8>>, <<>>]]).
