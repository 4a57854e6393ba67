-module(fmt_e_g_precision).
-export([main/0]).
main() ->
    [io:format("~.2e ~.3e ~.6e ~.10e~n", [X, X, X, X]) || X <- [1.0, 123.456, 0.000987, 6.02214076e23]],
    [io:format("~.1g ~.3g ~.8g~n", [X, X, X]) || X <- [0.0001, 0.1, 1.0, 99999.0, 123456789.0]],
    io:format("~e~n", [0.0]),
    io:format("~g~n", [1.0e-10]).
