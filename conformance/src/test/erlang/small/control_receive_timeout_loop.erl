-module(control_receive_timeout_loop).
-export([main/0]).
main() ->
    Self = self(),
    spawn(fun() -> [begin timer:sleep(5), Self ! {tick, N} end || N <- lists:seq(1, 5)], Self ! finished end),
    io:format("~p~n", [collect([])]).
collect(Acc) ->
    receive
        {tick, N} -> collect([N | Acc]);
        finished -> lists:reverse(Acc)
    after 5000 -> {timeout, Acc}
    end.
