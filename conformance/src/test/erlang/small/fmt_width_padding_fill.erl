-module(fmt_width_padding_fill).
-export([main/0]).
main() ->
    io:format("|~10.2f|~-10.2f|~10.1f|~n", [3.14159, 3.14159, 2.5]),
    io:format("|~10.3.0f|~n", [3.14159]),
    io:format("|~*w|~-*w|~n", [6, x, 6, y]),
    io:format("|~10.*s|~n", [2, "abcdef"]),
    io:format("|~.*c|~n", [4, $z]),
    io:format("|~3w|~n", [123456]),
    io:format("|~3p|~n", [abcdef]),
    io:format("|~10.5x|~n", [255, "0x"]),
    io:format("|~20p|~n", [{a, b}]),
    io:format("|~10..xs|~n", ["pad"]),
    io:format("|~-10.3.+w|~n", [ab]).
