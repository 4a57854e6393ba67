-module(proc_max_heap_size_report).
-export([main/0]).
%% With error_logger => true, reaching max_heap_size sends the system logger erts' report:
%% the same format and arguments (the heap figures vary, so only their shape is printed).
main() ->
    erlang:system_flag(system_logger, self()),
    {Pid, Ref} = spawn_opt(fun() -> grow(0, []) end, [{max_heap_size, 3000}, monitor]),
    receive {'DOWN', Ref, process, Pid, Why} -> io:format("down: ~p~n", [Why]) end,
    receive
        {log, Level, Format, [Pid, Max, Total, Kill, Logger, QueueLen, GcInfo], Meta} ->
            io:format("~p~n~s", [Level, Format]),
            io:format("~p ~p ~p ~p ~p ~p~n", [Max, Total > Max, Kill, Logger, QueueLen, is_list(GcInfo)]),
            io:format("~p~n", [maps:get(error_logger, Meta)]),
            io:format("~p~n", [maps:get(pid, Meta) =:= Pid])
    after 2000 -> io:format("no report~n")
    end,
    receive Extra -> io:format("extra: ~p~n", [element(1, Extra)]) after 200 -> ok end,
    erlang:system_flag(system_logger, logger).

grow(50000, Acc) -> length(Acc);
grow(N, Acc) -> grow(N + 1, [N | Acc]).
