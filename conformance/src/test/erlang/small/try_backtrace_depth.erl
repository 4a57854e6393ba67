-module(try_backtrace_depth).
-export([main/0]).
main() ->
    Old = erlang:system_flag(backtrace_depth, 3),
    io:format("old ~p~n", [Old]),
    try deep(10) catch error:R:St -> io:format("~p ~p~n", [R, length(St)]) end,
    erlang:system_flag(backtrace_depth, 1),
    try deep(10) catch error:R2:St2 -> io:format("~p ~p~n", [R2, St2]) end,
    erlang:system_flag(backtrace_depth, Old).
deep(0) -> error(bottom);
deep(N) -> [deep(N - 1)].
