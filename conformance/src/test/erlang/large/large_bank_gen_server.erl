-module(large_bank_gen_server).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
%% A bank as a gen_server: accounts, deposits, withdrawals, transfers with validation,
%% concurrent clients whose results are gathered in a fixed order, and an audit log.

main() ->
    {ok, Bank} = gen_server:start_link({local, bank}, ?MODULE, [], []),
    [io:format("~p~n", [call({open, A, B})]) || {A, B} <- [{ann, 100}, {bob, 50}, {cid, 0}, {ann, 10}]],
    io:format("~p~n", [call({deposit, cid, 25})]),
    io:format("~p~n", [call({withdraw, bob, 80})]),
    io:format("~p~n", [call({withdraw, bob, 20})]),
    io:format("~p~n", [call({transfer, ann, cid, 60})]),
    io:format("~p~n", [call({transfer, cid, zed, 1})]),
    io:format("~p~n", [call({transfer, ann, bob, -5})]),
    io:format("~p~n", [call(balances)]),
    Self = self(),
    Clients = [spawn(fun() -> client(Self, N) end) || N <- lists:seq(1, 8)],
    Results = [receive {done, C, R} -> R end || C <- Clients],
    io:format("client results: ~p~n", [Results]),
    io:format("~p~n", [call(balances)]),
    Total = lists:sum([B || {_, B} <- call(balances)]),
    io:format("total ~p (expected ~p)~n", [Total, 100 + 50 + 0 + 25 - 20 + 8 * 10]),
    gen_server:cast(bank, {interest, 10}),
    io:format("~p~n", [call(balances)]),
    Log = call(log),
    io:format("log entries ~p, first ~p, last ~p~n", [length(Log), hd(Log), lists:last(Log)]),
    Bank ! {audit, self()},
    receive {audit, Ok} -> io:format("audit ~p~n", [Ok]) end,
    ok = gen_server:stop(bank).

call(Req) -> gen_server:call(bank, Req).

client(Parent, N) ->
    Name = list_to_atom("client" ++ integer_to_list(N)),
    {ok, _} = call({open, Name, 0}),
    [ok = element(1, call({deposit, Name, 5})) || _ <- lists:seq(1, 4)],
    R = call({withdraw, Name, 10}),
    Parent ! {done, self(), {Name, R}}.

init([]) -> {ok, #{accounts => #{}, log => []}}.

handle_call({open, A, B}, _From, #{accounts := Accs} = S) ->
    case Accs of
        #{A := _} -> {reply, {error, exists}, S};
        _ -> {reply, {ok, A}, log({open, A, B}, S#{accounts := Accs#{A => B}})}
    end;
handle_call({deposit, A, N}, _From, S) when N > 0 -> change(A, N, S);
handle_call({withdraw, A, N}, _From, S) when N > 0 -> change(A, -N, S);
handle_call({transfer, _, _, N}, _From, S) when N =< 0 -> {reply, {error, bad_amount}, S};
handle_call({transfer, From, To, N}, _From, #{accounts := Accs} = S) ->
    case Accs of
        #{From := FB, To := TB} when FB >= N ->
            S2 = S#{accounts := Accs#{From := FB - N, To := TB + N}},
            {reply, {ok, FB - N, TB + N}, log({transfer, From, To, N}, S2)};
        #{From := _, To := _} -> {reply, {error, insufficient_funds}, S};
        _ -> {reply, {error, no_such_account}, S}
    end;
handle_call(balances, _From, #{accounts := Accs} = S) -> {reply, lists:sort(maps:to_list(Accs)), S};
handle_call(log, _From, #{log := L} = S) -> {reply, lists:reverse(L), S}.

handle_cast({interest, Pct}, #{accounts := Accs} = S) ->
    {noreply, log({interest, Pct}, S#{accounts := maps:map(fun(_, B) -> B + B * Pct div 100 end, Accs)})}.

handle_info({audit, From}, #{accounts := Accs} = S) ->
    From ! {audit, lists:all(fun(B) -> B >= 0 end, maps:values(Accs))},
    {noreply, S}.

terminate(_, _) -> ok.

change(A, N, #{accounts := Accs} = S) ->
    case Accs of
        #{A := B} when B + N >= 0 -> {reply, {ok, B + N}, log({change, A, N}, S#{accounts := Accs#{A := B + N}})};
        #{A := B} -> {reply, {error, {insufficient_funds, B}}, S};
        _ -> {reply, {error, no_such_account}, S}
    end.

log(E, #{log := L} = S) -> S#{log := [E | L]}.
