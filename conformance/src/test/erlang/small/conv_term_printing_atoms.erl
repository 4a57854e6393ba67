-module(conv_term_printing_atoms).
-export([main/0]).
main() ->
    Atoms = ['ok', 'Capital', 'with space', 'quote\'s', '', 'a.b', 'a@b', '_under', 'üml', 'and', 'end', '[]', '{}', 'x-y', 'ok1', '1ok'],
    [io:format("~p ~w~n", [A, A]) || A <- Atoms],
    io:format("~p~n", [[$\t, $\e, $\0, $\\, $"]]),
    io:format("~p~n", ["tab\there \"quoted\" back\\slash"]),
    io:format("~p~n", [<<"bin \"q\"\n">>]).
