-module(fmt_misc_directives).
-export([main/0]).
%% The last line passes an invalid directive on purpose.
-compile(nowarn_format).
main() ->
    io:format("tilde ~~ newline~n"),
    io:format("~i~p~n", [ignored, shown]),
    io:format("~n~n"),
    io:format("~p~n", [lists:flatten(io_lib:format("~w-~w", [a, b]))]),
    io:format("~s~n", [io_lib:format("~5w|~-5w|~.3w", [1, 2, 3])]),
    io:format("~p~n", [io_lib:format("~p", [x])]),
    io:format("~ts~n", [io_lib:format("~tp", [[16#1F600]])]),
    io:format("~p~n", [io_lib:format("~tp", [<<"ö"/utf8>>])]),
    io:format("~tp~n", [<<"ö"/utf8>>]),
    io:format("~p~n", [<<"ö"/utf8>>]),
    io:format("~tp ~p~n", [[1000, 1001], [1000, 1001]]),
    io:format("~10p|~n", [abc]),
    io:format("~-10w|~n", [abc]),
    io:format("~p~n", [catch io_lib:format("~d", [1])]).
