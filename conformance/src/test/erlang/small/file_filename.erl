-module(file_filename).
-export([main/0]).
main() ->
    P = "/usr/local/lib/file.tar.gz",
    io:format("~p~n", [filename:basename(P)]),
    io:format("~p~n", [filename:basename(P, ".gz")]),
    io:format("~p~n", [filename:dirname(P)]),
    io:format("~p~n", [filename:extension(P)]),
    io:format("~p~n", [filename:rootname(P)]),
    io:format("~p~n", [filename:split(P)]),
    io:format("~p~n", [filename:join(["a", "b", "..", "c.txt"])]),
    io:format("~p~n", [filename:join("/x", "/y")]),
    io:format("~p~n", [filename:absname("rel", "/base")]),
    io:format("~p~n", [filename:pathtype("rel/x")]),
    io:format("~p~n", [filename:join(<<"bin">>, "mixed")]),
    io:format("~p~n", [filename:flatten(["a", [$b, "c"], d])]).
