-module(proc_dictionary).
-export([main/0]).
main() ->
    io:format("~p~n", [put(a, 1)]),
    io:format("~p~n", [put(a, 2)]),
    put(b, [x]), put({c}, "c"),
    io:format("~p ~p ~p~n", [get(a), get(b), get(nope)]),
    io:format("~p~n", [lists:sort(get_keys())]),
    io:format("~p~n", [get_keys(2)]),
    io:format("~p~n", [lists:sort(get())]),
    io:format("~p~n", [erase(a)]),
    io:format("~p~n", [erase(a)]),
    Old = erase(),
    io:format("~p ~p~n", [lists:sort(Old), get()]).
