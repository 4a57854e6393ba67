-module(timers_timer_module).
-export([main/0]).
main() ->
    {ok, _} = timer:send_after(20, self(), from_timer),
    receive from_timer -> io:format("from_timer~n") end,
    {ok, TRef} = timer:send_interval(5, self(), tick),
    [receive tick -> ok end || _ <- lists:seq(1, 3)],
    io:format("~p~n", [timer:cancel(TRef)]),
    {Time, Value} = timer:tc(fun() -> lists:sum(lists:seq(1, 1000)) end),
    io:format("~p ~p~n", [Value, is_integer(Time)]),
    io:format("~p ~p ~p~n", [timer:seconds(2), timer:minutes(1), timer:hms(1, 1, 1)]).
