-module(ets_heir_give_away).
-export([main/0]).
main() ->
    Self = self(),
    Receiver = spawn(fun() ->
                             receive {'ETS-TRANSFER', T, _From, Data} ->
                                     Self ! {got, Data, ets:info(T, owner) =:= self(), ets:lookup(T, k)}
                             end,
                             receive stop -> ok end
                     end),
    T = ets:new(gift, [protected]),
    ets:insert(T, {k, v}),
    ets:give_away(T, Receiver, gift_data),
    receive {got, D, Owner, L} -> io:format("~p ~p ~p~n", [D, Owner, L]) end,
    io:format("~p~n", [try ets:insert(T, {x, 1}) catch error:R -> R end]),
    Receiver ! stop.
