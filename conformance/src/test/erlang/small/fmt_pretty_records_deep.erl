-module(fmt_pretty_records_deep).
-export([main/0]).
main() ->
    Deep = lists:foldl(fun(N, Acc) -> {level, N, Acc} end, bottom, lists:seq(1, 12)),
    io:format("~p~n", [Deep]),
    Wide = maps:from_list([{list_to_atom("key" ++ integer_to_list(N)), N * 1000} || N <- lists:seq(1, 12)]),
    io:format("~p~n", [Wide]),
    io:format("~p~n", [[lists:seq(1, 8) || _ <- lists:seq(1, 6)]]),
    io:format("~p~n", [{"a string that is fairly long to force the line to break at some point", 'atom', 42}]).
