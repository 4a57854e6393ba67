-module(try_after).
-export([main/0]).
main() ->
    io:format("~p~n", [catch with_after(fun() -> ok end)]),
    io:format("~p~n", [catch with_after(fun() -> throw(t) end)]),
    io:format("~p~n", [(catch with_after(fun() -> error(e) end)) =/= ok]),
    io:format("~p~n", [get(log)]).
with_after(F) ->
    try F()
    after
        put(log, [done | case get(log) of undefined -> []; L -> L end])
    end.
