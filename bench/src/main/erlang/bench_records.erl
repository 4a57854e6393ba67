%% Tuples and records: a small bank ledger kept as a tuple of account records, updated with
%% record syntax (setelement underneath) and read with element access, Size transactions.
-module(bench_records).
-export([run/1, default_size/0, quick_size/0]).

-record(account, {id, balance = 0, deposits = 0, withdrawals = 0, history = {0, 0, 0}}).

-define(ACCOUNTS, 64).

default_size() -> 2000000.
quick_size() -> 40000.

run(Transactions) ->
    Ledger = list_to_tuple([#account{id = I} || I <- lists:seq(1, ?ACCOUNTS)]),
    Final = apply_transactions(Transactions, 12345, Ledger),
    Accounts = tuple_to_list(Final),
    {lists:sum([A#account.balance || A <- Accounts]),
     jbeam_bench_lib:checksum([A#account.deposits * 3 + A#account.withdrawals || A <- Accounts]),
     jbeam_bench_lib:checksum([element(2, A#account.history) || A <- Accounts])}.

apply_transactions(0, _Seed, Ledger) ->
    Ledger;
apply_transactions(N, Seed, Ledger) ->
    Next = jbeam_bench_lib:next_random(Seed),
    Index = Next rem ?ACCOUNTS + 1,
    Amount = (Next bsr 8) rem 1000 - 400,
    Account = element(Index, Ledger),
    apply_transactions(N - 1, Next, setelement(Index, Ledger, transact(Account, Amount))).

transact(#account{balance = Balance} = Account, Amount) when Amount >= 0 ->
    #account{deposits = D, history = {A, B, _C}} = Account,
    Account#account{balance = Balance + Amount, deposits = D + 1, history = {Amount, A, B}};
transact(#account{balance = Balance} = Account, Amount) when Balance + Amount >= 0 ->
    #account{withdrawals = W, history = {A, B, _C}} = Account,
    Account#account{balance = Balance + Amount, withdrawals = W + 1, history = {Amount, A, B}};
transact(Account, _Amount) ->
    Account.
