-module(proc_info_gc_items).
-export([main/0]).
%% process_info items about the heap: garbage_collection_info has erts' keys in erts' order
%% with integer values, and trace is 0 for an untraced process.
main() ->
    P = spawn(fun() -> receive stop -> ok end end),
    {garbage_collection_info, Info} = process_info(P, garbage_collection_info),
    io:format("~p~n", [[Key || {Key, _} <- Info]]),
    io:format("~p~n", [lists:all(fun({_, V}) -> is_integer(V) andalso V >= 0 end, Info)]),
    io:format("~p~n", [process_info(P, trace)]),
    [{garbage_collection_info, Mine}] = process_info(self(), [garbage_collection_info]),
    io:format("~p~n", [length(Mine)]),
    P ! stop.
