-module(ets_tables).
-compile([export_all, nowarn_export_all]).

%% Each function creates its tables, uses them and returns what it saw.

set_basic() ->
    T = ets:new(t, [set]),
    true = ets:insert(T, {a, 1}),
    true = ets:insert(T, [{b, 2}, {c, 3}]),
    true = ets:insert(T, {a, 10}),
    {ets:lookup(T, a), ets:lookup(T, z), ets:member(T, b), ets:member(T, z),
     lists:sort(ets:tab2list(T)), ets:info(T, size)}.

set_exact_keys() ->
    T = ets:new(t, []),
    ets:insert(T, [{1, int}, {1.0, float}]),
    {ets:lookup(T, 1), ets:lookup(T, 1.0), ets:info(T, size)}.

ordered_equal_keys() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, {1, int}),
    ets:insert(T, {1.0, float}),
    {ets:lookup(T, 1), ets:lookup(T, 1.0), ets:info(T, size)}.

ordered_order() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{b, 1}, {3, x}, {"str", s}, {{1, 2}, t}, {a, 2}, {1.5, f}, {<<"bin">>, b}, {[], n}]),
    {ets:tab2list(T), walk(T, ets:first(T)), walk_back(T, ets:last(T))}.

walk(_, '$end_of_table') -> [];
walk(T, K) -> [K | walk(T, ets:next(T, K))].

walk_back(_, '$end_of_table') -> [];
walk_back(T, K) -> [K | walk_back(T, ets:prev(T, K))].

ordered_next_missing() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, a}, {5, b}, {9, c}]),
    {ets:next(T, 3), ets:prev(T, 3), ets:next(T, 9), ets:prev(T, 1), ets:next(T, 0)}.

set_walk_sorted() ->
    T = ets:new(t, [set]),
    ets:insert(T, [{K, K * K} || K <- lists:seq(1, 50)]),
    {lists:sort(walk(T, ets:first(T))), ets:first(ets:new(e, []))}.

set_next_missing() ->
    T = ets:new(t, [set]),
    ets:insert(T, {a, 1}),
    ets:next(T, nokey).

bag() ->
    T = ets:new(t, [bag]),
    ets:insert(T, [{k, 1}, {k, 2}, {k, 1}, {j, 3}]),
    ets:insert(T, {k, 3}),
    {ets:lookup(T, k), lists:sort(ets:tab2list(T)), ets:info(T, size),
     ets:lookup_element(T, k, 2)}.

duplicate_bag() ->
    T = ets:new(t, [duplicate_bag]),
    ets:insert(T, [{k, 1}, {k, 2}, {k, 1}]),
    R1 = ets:lookup(T, k),
    ets:delete_object(T, {k, 1}),
    {R1, ets:lookup(T, k), ets:info(T, size)}.

bag_delete_object() ->
    T = ets:new(t, [bag]),
    ets:insert(T, [{k, 1}, {k, 2}, {j, 1}]),
    ets:delete_object(T, {k, 1}),
    ets:delete_object(T, {k, 7}),
    ets:delete_object(T, {zz, 7}),
    lists:sort(ets:tab2list(T)).

set_delete_object() ->
    T = ets:new(t, [set]),
    ets:insert(T, [{k, 1}, {j, 2}]),
    ets:delete_object(T, {k, 2}),
    ets:delete_object(T, {j, 2}),
    lists:sort(ets:tab2list(T)).

delete_key() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, a}, {2, b}]),
    R = {ets:delete(T, 1), ets:delete(T, 42)},
    {R, ets:tab2list(T)}.

insert_new() ->
    T = ets:new(t, []),
    A = ets:insert_new(T, {a, 1}),
    B = ets:insert_new(T, {a, 2}),
    C = ets:insert_new(T, [{b, 1}, {a, 3}]),
    D = ets:insert_new(T, [{b, 1}, {c, 3}]),
    {A, B, C, D, lists:sort(ets:tab2list(T))}.

keypos() ->
    T = ets:new(t, [{keypos, 2}, ordered_set]),
    ets:insert(T, [{x, 3, a}, {y, 1, b}, {z, 2, c}]),
    {ets:lookup(T, 1), ets:tab2list(T), ets:info(T, keypos), ets:first(T)}.

keypos_too_short() ->
    T = ets:new(t, [{keypos, 3}]),
    ets:insert(T, {a, b}).

lookup_element() ->
    T = ets:new(t, []),
    ets:insert(T, {k, a, b}),
    {ets:lookup_element(T, k, 1), ets:lookup_element(T, k, 3)}.

lookup_element_missing() ->
    T = ets:new(t, []),
    ets:lookup_element(T, k, 2).

lookup_element_beyond() ->
    T = ets:new(t, []),
    ets:insert(T, {k, a}),
    ets:lookup_element(T, k, 3).

update_counter() ->
    T = ets:new(t, []),
    ets:insert(T, {c, 10, 100, x}),
    A = ets:update_counter(T, c, 1),
    B = ets:update_counter(T, c, {3, -5}),
    C = ets:update_counter(T, c, [{2, 2}, {3, 1}, {2, 0}]),
    D = ets:update_counter(T, c, {2, 100, 50, 0}),
    E = ets:update_counter(T, c, {3, -200, 0, -1}),
    {A, B, C, D, E, ets:lookup(T, c)}.

update_counter_keypos() ->
    T = ets:new(t, [{keypos, 2}]),
    ets:insert(T, {5, k, 7}),
    {ets:update_counter(T, k, 1), ets:lookup(T, k)}.

update_counter_big() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, {c, 1 bsl 59}),
    A = ets:update_counter(T, c, 1 bsl 62),
    B = ets:update_counter(T, c, -(1 bsl 62)),
    {A, B, ets:lookup(T, c)}.

update_counter_default() ->
    T = ets:new(t, []),
    A = ets:update_counter(T, n, 5, {whatever, 10}),
    B = ets:update_counter(T, n, 5, {whatever, 10}),
    {A, B, ets:lookup(T, n)}.

update_counter_missing() ->
    T = ets:new(t, []),
    ets:update_counter(T, n, 1).

update_counter_not_integer() ->
    T = ets:new(t, []),
    ets:insert(T, {n, a}),
    ets:update_counter(T, n, 1).

update_counter_key_position() ->
    T = ets:new(t, []),
    ets:insert(T, {1, 2}),
    ets:update_counter(T, 1, {1, 1}).

update_counter_bag() ->
    T = ets:new(t, [bag]),
    ets:insert(T, {n, 1}),
    ets:update_counter(T, n, 1).

update_counter_partial() ->
    T = ets:new(t, []),
    ets:insert(T, {n, 1, 2}),
    R = err(fun() -> ets:update_counter(T, n, [{2, 1}, {9, 1}]) end),
    {R, ets:lookup(T, n)}.

update_element() ->
    T = ets:new(t, []),
    ets:insert(T, {k, a, b, c}),
    A = ets:update_element(T, k, {2, x}),
    B = ets:update_element(T, k, [{3, y}, {4, z}]),
    C = ets:update_element(T, missing, {2, x}),
    {A, B, C, ets:lookup(T, k)}.

update_element_key() ->
    T = ets:new(t, []),
    ets:insert(T, {k, a}),
    ets:update_element(T, k, {1, x}).

take() ->
    T = ets:new(t, [bag]),
    ets:insert(T, [{k, 1}, {k, 2}, {j, 3}]),
    {ets:take(T, k), ets:take(T, k), ets:tab2list(T)}.

take_duplicate_bag() ->
    T = ets:new(t, [duplicate_bag]),
    ets:insert(T, [{k, 1}, {k, 2}, {k, 1}, {k, 3}]),
    ets:take(T, k).

take_ordered() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, a}, {2, b}]),
    {ets:take(T, 1.0), ets:take(T, 1), ets:tab2list(T)}.

named() ->
    T = ets:new(my_named_table, [named_table, public]),
    ets:insert(my_named_table, {a, 1}),
    Ref = ets:whereis(my_named_table),
    {T, ets:lookup(Ref, a), is_reference(Ref), ets:whereis(no_such_table),
     ets:info(T, named_table), ets:info(T, name)}.

named_twice() ->
    ets:new(twice_named, [named_table]),
    ets:new(twice_named, [named_table]).

unnamed_same_name() ->
    A = ets:new(same, []),
    B = ets:new(same, []),
    ets:insert(A, {x, 1}),
    {A =:= B, ets:lookup(B, x), ets:info(A, name), ets:info(B, name), is_reference(A)}.

rename() ->
    ets:new(before_name, [named_table]),
    ets:insert(before_name, {a, 1}),
    N = ets:rename(before_name, after_name),
    {N, ets:lookup(after_name, a), ets:info(before_name, size), ets:whereis(before_name)}.

info() ->
    T = ets:new(info_tab, [bag, private, {keypos, 2}]),
    ets:insert(T, {a, b}),
    Self = self(),
    {[ets:info(T, I) || I <- [size, name, type, protection, keypos, named_table, heir,
                             read_concurrency, write_concurrency, compressed, node]],
     ets:info(T, owner) =:= Self, [I || {I, _} <- ets:info(T)]}.

info_concurrency() ->
    T = ets:new(t, [{read_concurrency, true}, {write_concurrency, true}, public]),
    {ets:info(T, read_concurrency), ets:info(T, write_concurrency), ets:info(T, protection)}.

info_bad_item() ->
    T = ets:new(t, []),
    ets:info(T, no_such_item).

deleted_table() ->
    T = ets:new(t, []),
    true = ets:delete(T),
    {ets:info(T, size), ets:info(T), err(fun() -> ets:lookup(T, a) end), err(fun() -> ets:insert(T, {a}) end)}.

missing_named() ->
    ets:lookup(no_table_named_so, a).

bad_table_id() ->
    ets:lookup({not_a_table}, a).

bad_object() ->
    T = ets:new(t, []),
    ets:insert(T, not_a_tuple).

bad_object_list() ->
    T = ets:new(t, []),
    R = err(fun() -> ets:insert(T, [{a, 1}, bad]) end),
    {R, ets:tab2list(T)}.

improper_list() ->
    T = ets:new(t, []),
    ets:insert(T, [{a, 1} | {b, 2}]).

empty_tuple() ->
    T = ets:new(t, []),
    ets:insert(T, {}).

bad_option() ->
    ets:new(t, [no_such_option]).

bad_keypos() ->
    ets:new(t, [{keypos, 0}]).

bad_name() ->
    ets:new("t", []).

heir_none() ->
    T = ets:new(t, [{heir, none}]),
    ets:info(T, heir).

heir_pid() ->
    Self = self(),
    T = ets:new(t, [{heir, Self, data}]),
    ets:info(T, heir) =:= Self.

match_object() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, a, x}, {2, b, x}, {3, a, y}, {4, [a, b], z}]),
    {ets:match_object(T, {'_', a, '_'}), ets:match_object(T, {'$1', '_', '$1'}),
     ets:match_object(T, {'_', [a | '_'], '_'}), ets:match(T, {'$2', a, '$1'}),
     ets:match(T, {'_', '_', x})}.

delete_all_objects() ->
    T = ets:new(t, []),
    ets:insert(T, [{a}, {b}]),
    {ets:delete_all_objects(T), ets:tab2list(T), ets:info(T, size)}.

big_values() ->
    T = ets:new(t, []),
    V = {lists:seq(1, 1000), <<1:8000>>, #{a => 1}, 1 bsl 100, 3.5, self()},
    ets:insert(T, {v, V}),
    [{v, W}] = ets:lookup(T, v),
    {W =:= V, ets:lookup_element(T, v, 2) =:= V}.

%% Processes: ownership, protection, owner exit.

protected_write_other() ->
    T = ets:new(t, [protected]),
    ets:insert(T, {a, 1}),
    in_other(fun() -> {ets:lookup(T, a), err(fun() -> ets:insert(T, {b, 2}) end)} end).

private_read_other() ->
    T = ets:new(t, [private]),
    ets:insert(T, {a, 1}),
    in_other(fun() -> {err(fun() -> ets:lookup(T, a) end), ets:info(T, size)} end).

public_write_other() ->
    T = ets:new(t, [public]),
    in_other(fun() -> ets:insert(T, {b, 2}) end),
    ets:lookup(T, b).

delete_other_protected() ->
    T = ets:new(t, []),
    {in_other(fun() -> err(fun() -> ets:delete(T) end) end), ets:info(T, size)}.

owner_exit_deletes() ->
    Self = self(),
    Pid = spawn(fun() ->
                        T = ets:new(owner_exit_tab, [named_table, public]),
                        ets:insert(T, {a, 1}),
                        Self ! {made, T},
                        receive stop -> ok end
                end),
    receive {made, T} -> ok end,
    Before = ets:lookup(T, a),
    Ref = monitor(process, Pid),
    Pid ! stop,
    receive {'DOWN', Ref, _, _, _} -> ok end,
    {Before, ets:info(owner_exit_tab, size), ets:whereis(owner_exit_tab),
     err(fun() -> ets:lookup(owner_exit_tab, a) end)}.

%% Class:Reason of an exception, without the stack trace (whose refs and frames differ).
err(F) ->
    try F() catch C:R -> {C, R} end.

in_other(F) ->
    Self = self(),
    spawn(fun() -> Self ! {other, F()} end),
    receive {other, R} -> R end.

counter_race() ->
    T = ets:new(t, [public]),
    ets:insert(T, {n, 0}),
    Self = self(),
    Pids = [spawn(fun() -> [ets:update_counter(T, n, 1) || _ <- lists:seq(1, 200)], Self ! done end)
            || _ <- lists:seq(1, 5)],
    [receive done -> ok end || _ <- Pids],
    ets:lookup(T, n).

%% A realistic use: a word-count and an index kept in two tables.
word_index() ->
    Counts = ets:new(counts, [set]),
    Index = ets:new(index, [ordered_set]),
    Text = "the quick brown fox jumps over the lazy dog the fox",
    Words = string:tokens(Text, " "),
    lists:foldl(fun(W, N) ->
                        ets:update_counter(Counts, W, 1, {W, 0}),
                        ets:insert(Index, {N, W}),
                        N + 1
                end, 1, Words),
    Top = lists:reverse(lists:keysort(2, lists:sort(ets:tab2list(Counts)))),
    {lists:sublist(Top, 3), ets:info(Index, size), ets:lookup(Index, 4), ets:last(Index),
     length(ets:match(Index, {'$1', "the"}))}.

%% More edges.

insert_new_duplicates_in_list() ->
    T = ets:new(t, []),
    {ets:insert_new(T, [{a, 1}, {a, 2}]), ets:tab2list(T)}.

insert_list_later_wins() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{a, 1}, {b, 1}, {a, 2}]),
    ets:tab2list(T).

rename_unnamed() ->
    T = ets:new(unnamed_before, []),
    R = ets:rename(T, unnamed_after),
    {R =:= T, ets:info(T, name), ets:whereis(unnamed_after)}.

rename_taken() ->
    ets:new(rename_a, [named_table]),
    ets:new(rename_b, [named_table]),
    err(fun() -> ets:rename(rename_a, rename_b) end).

lookup_element_bag_short() ->
    T = ets:new(t, [bag]),
    ets:insert(T, [{k, 1, 2}, {k, 1}]),
    {ets:lookup_element(T, k, 2), err(fun() -> ets:lookup_element(T, k, 3) end)}.

public_delete_other() ->
    T = ets:new(t, [public]),
    {in_other(fun() -> ets:delete(T) end), ets:info(T, size)}.

recreate_named() ->
    ets:new(recreated, [named_table, ordered_set]),
    ets:insert(recreated, {a}),
    ets:delete(recreated),
    ets:new(recreated, [named_table]),
    {ets:tab2list(recreated), ets:info(recreated, type)}.

update_counter_default_exists() ->
    T = ets:new(t, []),
    ets:insert(T, {k, 1}),
    {ets:update_counter(T, k, 1, {k, 100}), ets:lookup(T, k)}.

update_counter_empty_list() ->
    T = ets:new(t, []),
    ets:insert(T, {k, 1}),
    {ets:update_counter(T, k, []), ets:lookup(T, k)}.

update_element_ordered() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, {1, a, b}),
    {ets:update_element(T, 1.0, {3, c}), ets:lookup(T, 1)}.

update_element_beyond() ->
    T = ets:new(t, []),
    ets:insert(T, {k, a}),
    ets:update_element(T, k, {3, x}).

info_unnamed_by_name() ->
    ets:new(not_registered_name, []),
    {ets:info(not_registered_name, size), ets:whereis(not_registered_name)}.

mixed_key_order() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{K} || K <- [{a}, 2, 1.5, atom, [1], <<>>, self(), make_ref(), 1 bsl 70, -3, "a", {}]]),
    [if is_pid(K) -> pid; is_reference(K) -> ref; true -> K end || {K} <- ets:tab2list(T)].

many_objects() ->
    T = ets:new(t, [ordered_set]),
    S = ets:new(s, [set]),
    [ets:insert(Tab, {K, K * 2}) || K <- lists:seq(1, 5000), Tab <- [T, S]],
    [ets:delete(Tab, K) || K <- lists:seq(1, 5000, 3), Tab <- [T, S]],
    {ets:info(T, size), ets:info(S, size), ets:first(T), ets:last(T), ets:next(T, 1),
     lists:sum([V || {_, V} <- ets:tab2list(T)]), lists:sum([V || {_, V} <- ets:tab2list(S)]),
     ets:lookup(S, 4999), ets:lookup(S, 4999.0)}.

%% Heirs and give_away.

heir_inherits() ->
    Self = self(),
    Pid = spawn(fun() ->
                        T = ets:new(heir_named, [named_table, {heir, Self, my_data}]),
                        U = ets:new(t, [{heir, Self, other_data}]),
                        ets:insert(T, {a, 1}),
                        Self ! {made, U},
                        receive stop -> ok end
                end),
    receive {made, U} -> ok end,
    Pid ! stop,
    M1 = receive {'ETS-TRANSFER', heir_named, Pid, D1} -> {named, D1} end,
    M2 = receive {'ETS-TRANSFER', U2, Pid, D2} -> {U2 =:= U, D2} end,
    R = {M1, M2, ets:info(heir_named, owner) =:= Self, ets:info(U, owner) =:= Self,
         ets:lookup(heir_named, a), ets:insert(U, {b, 2})},
    ets:delete(heir_named),
    R.

heir_dead() ->
    Self = self(),
    Dead = spawn(fun() -> ok end),
    Ref0 = monitor(process, Dead),
    receive {'DOWN', Ref0, _, _, _} -> ok end,
    Pid = spawn(fun() -> ets:new(heir_dead_tab, [named_table, {heir, Dead, x}]), Self ! made,
                         receive stop -> ok end end),
    receive made -> ok end,
    Ref = monitor(process, Pid),
    Pid ! stop,
    receive {'DOWN', Ref, _, _, _} -> ok end,
    ets:info(heir_dead_tab, size).

give_away() ->
    Self = self(),
    T = ets:new(t, []),
    ets:insert(T, {a, 1}),
    Pid = spawn(fun() ->
                        receive {'ETS-TRANSFER', Tab, From, Gift} ->
                                Self ! {got, Tab =:= T, From =:= Self, Gift, ets:insert(Tab, {b, 2})}
                        end,
                        receive stop -> ok end
                end),
    true = ets:give_away(T, Pid, gift),
    Got = receive {got, _, _, _, _} = G -> G end,
    R = {Got, ets:info(T, owner) =:= Pid, err(fun() -> ets:insert(T, {c, 3}) end),
         err(fun() -> ets:give_away(T, self(), again) end), lists:sort(ets:tab2list(T))},
    Pid ! stop,
    R.

give_away_self() ->
    T = ets:new(t, []),
    ets:give_away(T, self(), x).

set_walk_after_deletes() ->
    T = ets:new(t, [set]),
    ets:insert(T, [{K} || K <- lists:seq(1, 3000)]),
    [ets:delete(T, K) || K <- lists:seq(1, 3000, 2)],
    ets:insert(T, {extra}),
    Keys = walk(T, ets:first(T)),
    {length(Keys), lists:sum([K || K <- Keys, is_integer(K)]), lists:member(extra, Keys)}.

%% A set's key outlives the object it came from: replacing the object (and then churning the
%% allocator with other objects) must leave the key findable.
set_key_outlives_replaced_object() ->
    T = ets:new(t, [set]),
    Key = {user, "alice", <<"id-1">>},
    [ets:insert(T, {Key, N}) || N <- lists:seq(1, 50)],
    [ets:insert(T, {{other, N, lists:duplicate(20, N)}, N}) || N <- lists:seq(1, 200)],
    R = {ets:lookup(T, Key), ets:member(T, Key), ets:info(T, size)},
    ets:delete(T),
    R.

%% A bag's first object for a key may go while later ones stay.
bag_key_outlives_first_object() ->
    T = ets:new(t, [bag]),
    Key = [compound, "key"],
    ets:insert(T, {Key, 1}),
    ets:insert(T, {Key, 2}),
    ets:delete_object(T, {Key, 1}),
    [ets:insert(T, {{filler, N, lists:seq(1, 30)}, N}) || N <- lists:seq(1, 200)],
    R = {ets:lookup(T, Key), ets:select_count(T, [{{Key, '_'}, [], [true]}])},
    ets:delete(T),
    R.
