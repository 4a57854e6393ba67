-module(ets_owner_dies).
-export([main/0]).
main() ->
    Self = self(),
    {P, Ref} = spawn_monitor(fun() -> T = ets:new(owned, [public]), Self ! {tab, T}, receive stop -> ok end end),
    T = receive {tab, Tab} -> Tab end,
    ets:insert(T, {x, 1}),
    io:format("~p~n", [ets:lookup(T, x)]),
    P ! stop,
    receive {'DOWN', Ref, _, _, _} -> ok end,
    io:format("~p~n", [ets:info(T)]),
    io:format("~p~n", [try ets:insert(T, {y, 2}) catch error:R -> R end]).
