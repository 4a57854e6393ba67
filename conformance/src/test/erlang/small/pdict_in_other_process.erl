-module(pdict_in_other_process).
-export([main/0]).
main() ->
    put(mine, 1),
    Self = self(),
    P = spawn(fun() -> put(theirs, 2), Self ! {dict, get(mine), get(theirs)} end),
    receive {dict, A, B} -> io:format("~p ~p~n", [A, B]) end,
    io:format("~p ~p~n", [get(mine), get(theirs)]),
    io:format("~p~n", [is_pid(P)]),
    {dictionary, D} = process_info(self(), dictionary),
    io:format("~p~n", [proplists:get_value(mine, D)]).
