-module(proc_crash_in_child).
-export([main/0]).
%% A child that exits abnormally does not stop the parent. (It exits rather than raising an error:
%% an error would make the logger print an asynchronous report with a timestamp.)
main() ->
    {P, Ref} = spawn_monitor(fun() -> exit({child_failed, [{where, here}]}) end),
    receive {'DOWN', Ref, process, P, {Reason, [First | _]}} ->
        io:format("~p ~p~n", [Reason, First])
    end.
