-module(proc_info_binary).
-export([main/0]).
%% process_info(P, binary): the off-heap binaries a process refers to, as {Id, Size, RefCount};
%% small binaries live on the heap and are not listed; a binary shared with another process
%% counts that reference too; after the process drops it and collects, it is gone.
main() ->
    Self = self(),
    P = spawn(fun() -> holder(Self) end),
    receive {ready, P} -> ok end,
    {binary, Bins} = process_info(P, binary),
    io:format("~p~n", [lists:sort([Size || {_, Size, _} <- Bins])]),
    io:format("~p~n", [lists:all(fun({Id, _, Refs}) -> is_integer(Id) andalso Refs >= 1 end, Bins)]),
    P ! {share, Self},
    Shared = receive {shared, B} -> B end,
    {binary, Bins2} = process_info(P, binary),
    [Refs] = [R || {_, 1000, R} <- Bins2],
    io:format("shared binary references: ~p~n", [Refs]),
    P ! drop,
    receive {dropped, P} -> ok end,
    {binary, Bins3} = process_info(P, binary),
    io:format("~p~n", [[Size || {_, Size, _} <- Bins3]]),
    io:format("~p~n", [byte_size(Shared)]).

holder(Main) ->
    Big = binary:copy(<<"x">>, 1000),
    Bigger = binary:copy(<<"y">>, 5000),
    Small = <<"small">>,
    Main ! {ready, self()},
    receive {share, To} -> To ! {shared, Big} end,
    receive drop -> ok end,
    io:format("held ~p~n", [byte_size(Big) + byte_size(Bigger) + byte_size(Small)]),
    forget(Main).

%% Holds none of the binaries any more: a collection lets them go.
forget(Main) ->
    erlang:garbage_collect(),
    Main ! {dropped, self()},
    receive stop -> ok after 200 -> ok end.
