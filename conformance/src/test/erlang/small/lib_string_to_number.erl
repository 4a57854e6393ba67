-module(lib_string_to_number).
-export([main/0]).
main() ->
    Cases = ["42", "-17", "3.25", "1e5", "abc", "12abc", "  7", "0x1F", ""],
    [io:format("~p: ~p ~p~n", [S, string:to_integer(S), string:to_float(S)]) || S <- Cases].
