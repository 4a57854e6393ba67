-module(ets_named_shared).
-export([main/0]).
main() ->
    named_tab = ets:new(named_tab, [named_table, public, set]),
    Self = self(),
    P = spawn(fun() -> ets:insert(named_tab, {from_child, 1}), Self ! inserted end),
    receive inserted -> ok end,
    io:format("~p ~p~n", [ets:lookup(named_tab, from_child), is_pid(P)]),
    io:format("~p~n", [ets:info(named_tab, named_table)]),
    io:format("~p~n", [ets:info(named_tab, type)]),
    io:format("~p~n", [ets:info(named_tab, protection)]),
    io:format("~p~n", [catch ets:new(named_tab, [named_table])]).
