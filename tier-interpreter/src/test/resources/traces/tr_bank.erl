-module(tr_bank).
-export([run/1]).
%% A small ledger: transactions are validated and applied through lists:foldl and funs, and
%% every failure is reported with the stack trace erl would give.

-record(account, {id, balance = 0}).

open(Ids) -> [#account{id = Id} || Id <- Ids].

apply_all(Accounts, Txs) ->
    lists:foldl(fun(Tx, Acc) -> apply_tx(Tx, Acc) end, Accounts, Txs).

apply_tx({deposit, Id, Amount}, Accounts) when Amount > 0 ->
    update(Id, fun(B) -> B + Amount end, Accounts);
apply_tx({withdraw, Id, Amount}, Accounts) ->
    update(Id, fun(B) -> check(B - Amount) end, Accounts).

check(B) when B >= 0 -> B;
check(B) -> throw({overdrawn, B}).

update(Id, F, [#account{id = Id, balance = B} = A | Rest]) ->
    [A#account{balance = F(B)} | Rest];
update(Id, F, [A | Rest]) ->
    [A | update(Id, F, Rest)];
update(Id, _, []) ->
    exit({no_account, Id}).

balances(Accounts) -> [{Id, B} || #account{id = Id, balance = B} <- Accounts].

report(Txs) ->
    try apply_all(open([a, b, c]), Txs) of
        Accounts -> {ok, balances(Accounts)}
    catch
        Class:Reason:Stack -> {Class, Reason, [E || E = {M, _, _, _} <- Stack, M =/= erl_eval]}
    end.

run(1) -> report([{deposit, a, 10}, {withdraw, a, 3}, {deposit, c, 1}]);
run(2) -> report([{deposit, a, 10}, {withdraw, b, 3}]);
run(3) -> report([{deposit, a, -1}]);
run(4) -> report([{deposit, z, 5}]);
run(5) -> report([{deposit, c, 5}, {deposit, c, five}]);
run(6) -> report([{deposit, a, 1}, {transfer, a, b}]).
