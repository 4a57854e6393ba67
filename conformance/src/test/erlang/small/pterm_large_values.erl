-module(pterm_large_values).
-export([main/0]).
main() ->
    Big = lists:seq(1, 10000),
    persistent_term:put(big_list_key, Big),
    io:format("~p~n", [lists:sum(persistent_term:get(big_list_key))]),
    Self = self(),
    spawn(fun() -> Self ! {seen, length(persistent_term:get(big_list_key))} end),
    receive {seen, N} -> io:format("~p~n", [N]) end,
    persistent_term:put(big_list_key, tiny),
    io:format("~p~n", [persistent_term:get(big_list_key)]),
    Info = persistent_term:info(),
    io:format("~p~n", [lists:sort(maps:keys(Info))]).
