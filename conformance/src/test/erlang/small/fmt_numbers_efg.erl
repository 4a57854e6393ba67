-module(fmt_numbers_efg).
-export([main/0]).
main() ->
    Fs = [3.14159265, -0.000123, 12345.678, 1.0e10, 0.5, 100.0],
    [io:format("~f|~e|~g|~.2f|~.3e|~.4g|~12.3f|~-12.3f|~12.5e~n", [F, F, F, F, F, F, F, F, F]) || F <- Fs],
    io:format("~.1f ~.1f ~.3f~n", [2.25, 0.05, 2.0005]),
    io:format("~f~n", [1.0]),
    io:format("~*.*f~n", [10, 2, 3.14159]).
