-module(fmt_bad_args_caught).
-export([main/0]).
-compile(nowarn_format).
%% Wrong arguments for a directive: io:format raises badarg (only the reason is printed).
main() ->
    [io:format("~p~n", [try io_lib:format(F, A), ok catch error:R -> R end])
     || {F, A} <- [{"~w", []}, {"~s", [1]}, {"~d", [1]}, {"~f", [1]}, {"~c", [a]}, {"~w~w", [a]}, {"~b", [1.0]}]].
