-module(ets_select).
-compile([export_all, nowarn_export_all]).
-include_lib("stdlib/include/ms_transform.hrl").

%% Each function builds its tables, runs match specifications over them and returns what it
%% saw. A hash table (set, bag, duplicate_bag) lists objects in each VM's own order, so what
%% such a table returns is sorted before it is compared; ordered_set results are not sorted.

ordered() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{K, K * 10, lists:nth(K rem 3 + 1, [red, green, blue])} || K <- lists:seq(1, 12)]),
    T.

hashed(Type) ->
    T = ets:new(t, [Type]),
    ets:insert(T, [{K, K * 10, lists:nth(K rem 3 + 1, [red, green, blue])} || K <- lists:seq(1, 12)]),
    T.

try_(F) -> try F() catch C:E -> {C, E} end.

%% select/2 basics

select_all_objects() ->
    ets:select(ordered(), [{'_', [], ['$_']}]).

select_variables() ->
    ets:select(ordered(), [{{'$1', '$2', '_'}, [], [{{'$2', '$1'}}]}]).

select_all_bindings() ->
    ets:select(ordered(), [{{'$3', '_', '$1'}, [], ['$$']}]).

select_guard_compare() ->
    ets:select(ordered(), [{{'$1', '$2', '$3'}, [{'>', '$2', 50}, {'=/=', '$3', red}], ['$1']}]).

select_constant_in_head() ->
    ets:select(ordered(), [{{'$1', '_', blue}, [], ['$1']}]).

select_repeated_variable() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, 1}, {2, 3}, {3, 3}, {4, 1.0}]),
    ets:select(T, [{{'$1', '$1'}, [], ['$_']}]).

select_several_clauses() ->
    ets:select(ordered(), [{{'$1', '_', red}, [], [{{red, '$1'}}]},
                           {{'$1', '_', green}, [{'<', '$1', 6}], [{{green, '$1'}}]},
                           {'_', [], [other]}]).

select_empty_spec() ->
    ets:select(ordered(), []).

select_body_last_value() ->
    ets:select(ordered(), [{{'$1', '$2', '_'}, [], ['$1', '$2', {'+', '$1', '$2'}]}]).

select_arithmetic() ->
    ets:select(ordered(), [{{'$1', '$2', '_'}, [{'<', '$1', 4}],
        [[{'-', '$2', '$1'}, {'*', '$1', '$1'}, {'/', '$2', 4}, {'div', '$2', 7}, {'rem', '$2', 7},
          {'band', '$2', 12}, {'bor', '$1', 8}, {'bxor', '$1', 3}, {'bnot', '$1'}, {'bsl', '$1', 62},
          {'bsr', '$2', 2}, {'-', '$1'}, {'+', '$1'}, {abs, {'-', '$1'}}]]}]).

select_float_functions() ->
    ets:select(ordered(), [{{'$1', '_', '_'}, [{'<', '$1', 4}],
        [{{{float, '$1'}, {trunc, {'/', '$1', 2}}, {round, {'/', '$1', 2}}}}]}]).

select_type_tests() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, a}, {2, 1.5}, {3, 7}, {4, "list"}, {5, {t}}, {6, <<"bin">>}, {7, #{k => v}},
                   {8, self()}, {9, make_ref()}, {10, fun() -> ok end}, {11, []}]),
    ets:select(T, [{{'$1', '$2'}, [],
        [[{is_atom, '$2'}, {is_float, '$2'}, {is_integer, '$2'}, {is_list, '$2'}, {is_number, '$2'},
          {is_pid, '$2'}, {is_port, '$2'}, {is_reference, '$2'}, {is_tuple, '$2'}, {is_binary, '$2'},
          {is_function, '$2'}, {is_map, '$2'}]]}]).

select_term_functions() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, {a, b, c}, [x, y, z], <<1, 2, 3, 4>>, #{k => 1}}]),
    ets:select(T, [{{'_', '$1', '$2', '$3', '$4'}, [],
        [[{element, 2, '$1'}, {size, '$1'}, {hd, '$2'}, {tl, '$2'}, {length, '$2'}, {size, '$3'},
          {byte_size, '$3'}, {bit_size, '$3'}, {binary_part, '$3', 1, 2}, {map_size, '$4'},
          {map_get, k, '$4'}, {is_map_key, k, '$4'}, {is_map_key, j, '$4'},
          {is_record, '$1', a, 3}, {is_record, '$1', b, 3}, {node}, {node, {self}}]]}]).

select_self() ->
    [Self] = ets:select(ordered(), [{{1, '_', '_'}, [], [{self}]}]),
    Self =:= self().

select_boolean_operators() ->
    ets:select(ordered(), [{{'$1', '_', '_'}, [{'<', '$1', 5}],
        [[{'and', {'>', '$1', 1}, {'<', '$1', 4}}, {'or', {'>', '$1', 3}, {'<', '$1', 2}},
          {'xor', {'>', '$1', 2}, true}, {'not', {'>', '$1', 2}},
          {'andalso', {'>', '$1', 1}, {'<', '$1', 4}}, {'orelse', {'>', '$1', 3}, {'<', '$1', 2}},
          {'and', true, true, {'>', '$1', 3}}]]}]).

select_andalso_short_circuit() ->
    %% element/2 would fail on the atom; andalso never evaluates it there
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, {a, b}}, {2, notuple}, {3, {c, d}}]),
    ets:select(T, [{{'$1', '$2'}, [{'andalso', {is_tuple, '$2'}, {'=:=', {element, 1, '$2'}, c}}], ['$1']}]).

select_orelse_last_value() ->
    ets:select(ordered(), [{{'$1', '_', '_'}, [], [{'orelse', {'>', '$1', 10}, '$1'}]}]).

select_strict_and_non_boolean() ->
    ets:select(ordered(), [{{'$1', '_', '_'}, [{'and', {'>', '$1', 1}, '$1'}], ['$1']}]).

select_guard_failure_is_false() ->
    %% hd/1 of an integer fails: the clause fails and the next one is tried
    ets:select(ordered(), [{{'$1', '_', '_'}, [{hd, '$1'}], [first]}, {{'$1', '_', '_'}, [{'<', '$1', 3}], [second]}]).

select_guard_not_true() ->
    ets:select(ordered(), [{{'$1', '_', '_'}, ['$1'], ['$1']}]).

select_body_failure_is_exit() ->
    ets:select(ordered(), [{{'$1', '_', '$3'}, [{'<', '$1', 4}], [{'+', '$1', '$3'}]}]).

select_body_early_failure_is_exit() ->
    %% a failed operation in a body is 'EXIT' there, and the body goes on
    ets:select(ordered(), [{{'$1', '_', '$3'}, [{'<', '$1', 4}], [{hd, '$1'}, '$1']}]).

select_body_failure_inside_terms() ->
    ets:select(ordered(), [{{'$1', '_', '$3'}, [{'<', '$1', 3}],
        [{{'$1', {hd, '$1'}, [{tl, '$1'} | {'and', '$1', true}], #{k => {'+', {hd, '$1'}, 1}},
           {'andalso', '$3', true}, {'orelse', false, {hd, '$1'}}, {'not', {element, 9, '$_'}}}}]}]).

select_const() ->
    ets:select(ordered(), [{{'$1', '_', '_'}, [{'<', '$1', 3}], [{const, {'$1', '$_', '_'}}]}]).

select_dollar_atoms_not_variables() ->
    ets:select(ordered(), [{{'$1', '_', '_'}, [{'<', '$1', 3}], [['$foo', '$01', '$1']]}]).

select_build_lists_and_tuples() ->
    ets:select(ordered(), [{{'$1', '$2', '$3'}, [{'<', '$1', 3}],
        [{{[{'+', '$1', 1} | '$2'], {{}}, ['$3', "str", []], {{nested, {{'$1'}}}}}}]}]).

select_build_maps() ->
    ets:select(ordered(), [{{'$1', '$2', '$3'}, [{'<', '$1', 3}], [#{key => '$1', '$3' => {'*', '$2', 2}}]}]).

select_match_maps_in_head() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, #{a => 1, b => 2}}, {2, #{a => 5}}, {3, #{b => 3}}, {4, notmap}]),
    {ets:select(T, [{{'$1', #{a => '$2'}}, [], [{{'$1', '$2'}}]}]),
     ets:select(T, [{{'$1', #{}}, [], ['$1']}])}.

select_match_lists_in_head() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, [a, b, c]}, {2, [x]}, {3, "hi"}, {4, []}, {5, [1 | 2]}]),
    ets:select(T, [{{'$1', ['$2' | '$3']}, [], [{{'$1', '$2', '$3'}}]}]).

select_head_not_tuple() ->
    {ets:select(ordered(), [{[a], [], ['$_']}]), ets:select(ordered(), [{'$1', [{'==', {element, 1, '$1'}, 2}], ['$1']}])}.

select_number_equality() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, 1}, {2, 1.0}, {3, 2}]),
    {ets:select(T, [{{'$1', '$2'}, [{'==', '$2', 1}], ['$1']}]),
     ets:select(T, [{{'$1', '$2'}, [{'=:=', '$2', 1}], ['$1']}]),
     ets:select(T, [{{'$1', 1}, [], ['$1']}])}.

select_large_variable_numbers() ->
    ets:select(ordered(), [{{'$100', '$7', '_'}, [{'<', '$100', 3}], ['$$']}]).

select_bignums() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, 1 bsl 70}, {2, -(1 bsl 65)}]),
    ets:select(T, [{{'$1', '$2'}, [{'>', {abs, '$2'}, 1 bsl 64}], [{'+', '$2', 1}]}]).

select_hash_tables() ->
    [lists:sort(ets:select(hashed(Type), [{{'$1', '_', red}, [], ['$1']}])) || Type <- [set, bag, duplicate_bag]].

select_bag_duplicates() ->
    B = ets:new(b, [bag]),
    D = ets:new(d, [duplicate_bag]),
    [ets:insert(X, [{k, 1}, {k, 2}, {k, 1}, {j, 1}]) || X <- [B, D]],
    {lists:sort(ets:select(B, [{{'$1', 1}, [], ['$_']}])), lists:sort(ets:select(D, [{{'$1', 1}, [], ['$_']}]))}.

select_keypos() ->
    T = ets:new(t, [ordered_set, {keypos, 2}]),
    ets:insert(T, [{x, 3, a}, {y, 1, b}, {z, 2, c}]),
    ets:select(T, [{{'$1', '$2', '_'}, [], [{{'$2', '$1'}}]}]).

select_named_table() ->
    ets:new(named_sel, [named_table, ordered_set]),
    ets:insert(named_sel, [{1, a}, {2, b}]),
    ets:select(named_sel, [{{'$1', b}, [], ['$1']}]).

%% select_reverse

select_reverse_ordered() ->
    ets:select_reverse(ordered(), [{{'$1', '_', green}, [], ['$1']}]).

select_reverse_hash() ->
    lists:sort(ets:select_reverse(hashed(set), [{{'$1', '_', green}, [], ['$1']}])).

select_reverse_chunks() ->
    chunks(ets:select_reverse(ordered(), [{{'$1', '_', '_'}, [], ['$1']}], 5)).

%% chunked select and continuations

chunks('$end_of_table') -> ['$end_of_table'];
chunks({Results, Cont}) -> [Results | chunks(ets:select(Cont))].

select_chunks_ordered() ->
    chunks(ets:select(ordered(), [{{'$1', '_', '_'}, [{'>', '$1', 2}], ['$1']}], 4)).

select_chunks_exact_multiple() ->
    chunks(ets:select(ordered(), [{{'$1', '_', '_'}, [], ['$1']}], 6)).

select_chunk_larger_than_table() ->
    chunks(ets:select(ordered(), [{{'$1', '_', red}, [], ['$1']}], 100)).

select_chunk_nothing_matches() ->
    ets:select(ordered(), [{{'$1', '_', purple}, [], ['$1']}], 3).

select_chunks_hash() ->
    Cs = chunks(ets:select(hashed(set), [{{'$1', '_', '_'}, [{'>', '$1', 2}], ['$1']}], 4)),
    Results = lists:droplast(Cs),
    {lists:last(Cs), lists:sort(lists:append(Results)), lists:all(fun(C) -> length(C) =< 4 end, Results)}.

select_chunks_empty_table() ->
    ets:select(ets:new(t, []), [{'_', [], ['$_']}], 2).

select_continuation_end() ->
    ets:select('$end_of_table').

select_continuation_sees_inserts() ->
    T = ordered(),
    {First, Cont} = ets:select(T, [{{'$1', '_', '_'}, [], ['$1']}], 3),
    ets:insert(T, {100, x, y}),
    ets:delete(T, 5),
    {First, chunks(ets:select(Cont))}.

select_bad_limit() ->
    [try_(fun() -> ets:select(ordered(), [{'_', [], ['$_']}], L) end) || L <- [0, -1, a, 1.5]].

select_bad_continuation() ->
    [try_(fun() -> ets:select(C) end) || C <- [x, {}, {a, b, c}, [1]]].

repair_continuation() ->
    MS = [{{'$1', '_', '_'}, [], ['$1']}],
    {_, Cont} = ets:select(ordered(), MS, 5),
    {R, _} = ets:select(ets:repair_continuation(Cont, MS)),
    R.

%% match and match_object

match_patterns() ->
    T = ordered(),
    {ets:match(T, {'$1', '_', red}), ets:match(T, {'$2', '$1', blue}), ets:match(T, {'_', '_', purple}),
     ets:match(T, '$1') =:= [[O] || O <- ets:tab2list(T)]}.

match_object_patterns() ->
    T = ordered(),
    {ets:match_object(T, {'_', '_', green}), ets:match_object(T, {'$1', '$1', '_'}), length(ets:match_object(T, '_'))}.

match_chunks() ->
    T = ordered(),
    {chunks(ets:match(T, {'$1', '_', '_'}, 5)), chunks(ets:match_object(T, {'_', '_', red}, 3))}.

match_continuation_functions() ->
    T = ordered(),
    {_, C1} = ets:match(T, {'$1', '_', '_'}, 5),
    {_, C2} = ets:match_object(T, {'$1', '_', '_'}, 5),
    {element(1, ets:match(C1)), element(1, ets:match_object(C2))}.

match_hash_sorted() ->
    T = hashed(duplicate_bag),
    ets:insert(T, {3, 30, blue}),
    {lists:sort(ets:match(T, {3, '$1', '$2'})), lists:sort(ets:match_object(T, {'_', '_', blue}))}.

match_bad_pattern() ->
    [try_(fun() -> ets:match(ordered(), P) end) || P <- [{#{'$1' => 1}}]].

%% select_count, select_delete, match_delete, select_replace

select_count() ->
    T = ordered(),
    {ets:select_count(T, [{{'$1', '_', red}, [], [true]}]),
     ets:select_count(T, [{{'$1', '_', '_'}, [], [{'>', '$1', 8}]}]),
     ets:select_count(T, [{{'$1', '_', '_'}, [], [yes]}]),
     ets:select_count(T, [{{'$1', '_', '$3'}, [], [{'+', '$1', '$3'}]}])}.

select_delete() ->
    T = ordered(),
    N = ets:select_delete(T, [{{'$1', '_', '_'}, [{'>', '$1', 9}], [true]}]),
    M = ets:select_delete(T, [{{'$1', '_', '_'}, [], [{'<', '$1', 3}]}]),
    {N, M, ets:select_delete(T, [{'_', [], [false]}]), [K || {K, _, _} <- ets:tab2list(T)]}.

select_delete_all_shortcut() ->
    T = ordered(),
    {ets:select_delete(T, [{'_', [], [true]}]), ets:tab2list(T)}.

select_delete_bag() ->
    T = ets:new(t, [duplicate_bag]),
    ets:insert(T, [{k, 1}, {k, 2}, {k, 1}, {j, 1}]),
    N = ets:select_delete(T, [{{'_', 1}, [], [true]}]),
    {N, lists:sort(ets:tab2list(T))}.

match_delete() ->
    T = ordered(),
    R = ets:match_delete(T, {'_', '_', blue}),
    {R, ets:info(T, size), ets:match(T, {'_', '_', blue})}.

select_replace() ->
    T = ordered(),
    N = ets:select_replace(T, [{{'$1', '$2', red}, [], [{{'$1', {'+', '$2', 1}, crimson}}]}]),
    {N, ets:tab2list(T)}.

select_replace_set_and_duplicate_bag() ->
    S = hashed(set),
    D = ets:new(d, [duplicate_bag]),
    ets:insert(D, [{k, 1}, {k, 1}, {j, 2}]),
    {ets:select_replace(S, [{{'$1', '_', blue}, [], [{{'$1', 0, blue}}]}]),
     lists:sort(ets:select(S, [{{'$1', 0, '_'}, [], ['$1']}])),
     ets:select_replace(D, [{{'$1', 1}, [], [{{'$1', one}}]}]), lists:sort(ets:tab2list(D))}.

select_replace_whole_object() ->
    T = ordered(),
    ets:select_replace(T, [{{'$1', '_', '_'}, [{'<', '$1', 3}], ['$_']}]).

select_replace_constant_key() ->
    T = ordered(),
    {ets:select_replace(T, [{{3, '_', '_'}, [], [{{3, replaced, x}}]}]), ets:lookup(T, 3)}.

select_replace_key_changes_badarg() ->
    T = ordered(),
    [try_(fun() -> ets:select_replace(T, MS) end) ||
        MS <- [[{{'$1', '$2', '_'}, [], [{{'$2', x, y}}]}],
               [{{'$1', '_', '_'}, [], [{{1, x, y}}]}],
               [{'$1', [], ['$1']}],
               [{{'$1', '_', '_'}, [], [{{'$1', x, y}}, {{'$1', y, z}}]}],
               [{{'$1', '_', '_'}, [], [x]}]]]
    ++ [ets:tab2list(T) =:= ets:tab2list(ordered())].

select_replace_bag_badarg() ->
    try_(fun() -> ets:select_replace(hashed(bag), [{{'$1', '$2', '$3'}, [], [{{'$1', '$2', '$3'}}]}]) end).

%% invalid match specifications

bad_specs() ->
    T = ordered(),
    [try_(fun() -> ets:select(T, MS) end) || MS <- [
        x, [x], [{'_', []}], [{'_', [], x}], [{'_', [], []}], {'_', [], ['$_']},
        [{'_', x, ['$_']}], [{'_', ['$_' | x], ['$_']}], [{'_', [], ['$_' | x]}],
        [{{'$1'}, [], ['$2']}], [{{'$1'}, ['$2'], ['$1']}],
        [{'_', [], [{foo, 1}]}], [{'_', [], [{'$1'}]}], [{'_', [], [{}]}], [{'_', [], [{1, 2}]}],
        [{'_', [], [{const}]}], [{'_', [], [{const, 1, 2}]}], [{'_', [], [{'and'}]}], [{'_', [], [{'orelse'}]}],
        [{'_', [], [{self, 1}]}], [{'_', [], [{message, x}]}], [{'_', [], [{return_trace}]}],
        [{'_', [], [{get_tcw}]}], [{'_', [], [{tuple_size, {{a}}}]}], [{'_', [], [{is_function, x, 1}]}],
        [{'_', [], [{max, 1, 2}]}], [{{#{'$1' => 1}}, [], [x]}], [{'_', [], [x]} | y]]].

%% match_spec_compile, match_spec_run, is_compiled_ms, test_ms

match_spec_run() ->
    MS = ets:match_spec_compile([{{'$1', '$2'}, [{is_integer, '$1'}], [{'+', '$1', '$2'}]}, {'$1', [], [{{other, '$1'}}]}]),
    {ets:is_compiled_ms(MS), ets:match_spec_run([{1, 2}, {a, 3}, x, {5, 5}, {6, b}], MS),
     ets:match_spec_run_r([{1, 2}], MS, [acc])}.

is_compiled_ms() ->
    {ets:is_compiled_ms(ets:match_spec_compile([{'_', [], [true]}])), ets:is_compiled_ms(x),
     ets:is_compiled_ms(make_ref()), ets:is_compiled_ms([{'_', [], [true]}]),
     try_(fun() -> ets:match_spec_compile([]) end)}.

match_spec_bad() ->
    {try_(fun() -> ets:match_spec_compile([x]) end),
     try_(fun() -> ets:match_spec_run_r([{1}], x, []) end),
     try_(fun() -> ets:match_spec_run_r(x, ets:match_spec_compile([]), []) end),
     try_(fun() -> ets:match_spec_run_r([a | b], ets:match_spec_compile([]), []) end)}.

test_ms_results() ->
    [ets:test_ms(Term, MS) || {Term, MS} <- [
        {{1, 2}, [{{'$1', '$2'}, [], [{'+', '$1', '$2'}]}]},
        {{a, 2}, [{{'$1', '$2'}, [], [{'+', '$1', '$2'}]}]},
        {{1, 3}, [{{'$1', '$1'}, [], ['$1']}]},
        {{1, 2}, [{{'$1', '$_'}, [], ['$1']}]},
        {{1, 2}, [{{'$1', '$2'}, [], ['$_', '$$']}]},
        {[1, 2], [{['$1' | '$2'], [], [{{'$2', '$1'}}]}]},
        {x, [{'$1', [], [{{'$1'}}]}]},
        {{1, 2}, [{{'$1', '$2'}, [], [{'andalso', '$1'}]}]},
        {{1, 2}, [{{'$1', '$2'}, [], [{'orelse', false, false}]}]},
        {{1, 2}, [{{'$1', '$2'}, [], [{'or', false, true, '$1'}]}]}]].

test_ms_errors() ->
    [ets:test_ms({1, 2}, MS) || MS <- [
        x, [x], [{'_', [], []}], [{'_', [], x}], [{'_', x, [a]}], [{'_', [], [a | b]}],
        [{{'$1', '$3'}, [], [{'+', '$1', '$4'}]}],
        [{'_', [{bar}], [{foo, '$1'}]}],
        [{'_', [], [{'$1'}]}, {'_', [], ['$4']}],
        [{'_', [], [{'$1', 1}]}], [{'_', [], [{1, {2}}]}], [{'_', [], [{}]}],
        [{'_', [], [{const}]}], [{'_', [], [{const, 1, 2}]}],
        [{'_', [], [{'and'}]}], [{'_', [], [{'andalso'}]}], [{'_', [], [{'or'}]}], [{'_', [], [{'orelse'}]}],
        [{'_', [], [{'xor'}]}], [{'_', [], [{'not'}]}],
        [{'_', [], [{self, 1}]}], [{'_', [], [{get_tcw}]}], [{'_', [], [{set_tcw, 1}]}],
        [{'_', [], [{caller}]}], [{'_', [], [{message, 1}]}], [{'_', [], [{is_seq_trace}]}],
        [{'_', [], [{set_seq_token, a, b}]}], [{'_', [], [{display, 1}]}], [{'_', [], [{return_trace}]}],
        [{'_', [], [{'foo bar', 1}]}], [{'_', [], [{is_boolean, true}]}], [{'_', [], [{'$_'}]}],
        [{'_', [], [{'$foo', 1}]}], [{'_', [], [{'Cap', 1}]}],
        [{{'$1', #{'$2' => 1}}, [], ['$1']}],
        [{'_', [], ['$1'], x}]]].

match_spec_test_bif() ->
    {erlang:match_spec_test({1, 2}, [{{'$1', '$2'}, [], [{'+', '$1', '$2'}]}], table),
     erlang:match_spec_test({1, 2}, [{{'$1', '$1'}, [], [x]}], table),
     try_(fun() -> erlang:match_spec_test({1, 2}, [], foo) end)}.

%% fun2ms: the parse transform's output

fun2ms_simple() ->
    MS = ets:fun2ms(fun({K, V, red}) when V > 40 -> {K, V} end),
    {MS, ets:select(ordered(), MS)}.

fun2ms_clauses() ->
    MS = ets:fun2ms(fun({K, _, red}) -> {red, K};
                       ({K, _, blue}) when K rem 2 =:= 0 -> even_blue;
                       ({K, V, _}) when K < 3, V > 5 -> [K, V] end),
    {MS, ets:select(ordered(), MS)}.

fun2ms_whole_object() ->
    MS = ets:fun2ms(fun(Obj = {K, _, _}) when K > 10 -> Obj end),
    {MS, ets:select(ordered(), MS)}.

fun2ms_guards() ->
    MS = ets:fun2ms(fun({K, V, C}) when is_integer(K), (K > 3 andalso K < 7) orelse C =:= blue,
                                        not (V == 60), element(1, {C}) /= green -> {C, K * 2 + V div 10} end),
    {MS, ets:select(ordered(), MS)}.

fun2ms_bound_variable() ->
    Colour = green,
    Min = 4,
    MS = ets:fun2ms(fun({K, _, C}) when C =:= Colour, K >= Min -> K end),
    {MS, ets:select(ordered(), MS)}.

fun2ms_count_delete() ->
    T = ordered(),
    Count = ets:select_count(T, ets:fun2ms(fun({_, V, _}) -> V >= 100 end)),
    Deleted = ets:select_delete(T, ets:fun2ms(fun({K, _, C}) when C =:= red; K < 2 -> true end)),
    {Count, Deleted, ets:select(T, ets:fun2ms(fun({K, _, _}) -> K end))}.

fun2ms_maps_and_records() ->
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, #{name => "ann", age => 30}}, {2, #{name => "bob", age => 17}}, {3, #{name => "cy"}}]),
    MS = ets:fun2ms(fun({K, M}) when is_map_key(age, M), map_size(M) > 1 -> {K, map_get(name, M)} end),
    {MS, catch ets:select(T, MS)}.

%% safe_fixtable, foldl/foldr, setopts, info, all, delete_all_objects

fixtable() ->
    T = ordered(),
    R1 = ets:safe_fixtable(T, true),
    Fixed = ets:info(T, fixed),
    {_, [{Pid, 1}]} = ets:info(T, safe_fixed),
    ets:safe_fixtable(T, true),
    {_, [{_, 2}]} = ets:info(T, safe_fixed_monotonic_time),
    ets:safe_fixtable(T, false),
    ets:safe_fixtable(T, false),
    {R1, Fixed, Pid =:= self(), ets:info(T, fixed), ets:info(T, safe_fixed), try_(fun() -> ets:safe_fixtable(T, x) end)}.

folds() ->
    T = ordered(),
    S = hashed(set),
    {ets:foldl(fun({K, _, _}, A) -> [K | A] end, [], T), ets:foldr(fun({K, _, _}, A) -> [K | A] end, [], T),
     lists:sort(ets:foldl(fun({K, _, _}, A) -> [K | A] end, [], S)),
     ets:foldl(fun({_, V, _}, A) -> V + A end, 0, S)}.

setopts() ->
    T = ets:new(t, [protected]),
    Self = self(),
    R = [ets:setopts(T, [{protection, public}]), ets:info(T, protection),
         ets:setopts(T, {heir, Self, data}), ets:info(T, heir) =:= Self,
         ets:setopts(T, [{heir, none}, {protection, private}]), ets:info(T, heir), ets:info(T, protection)],
    Bad = [try_(fun() -> ets:setopts(T, O) end) ||
              O <- [{foo, 1}, [{protection, bad}], {heir, none, x}, {heir, notpid, x}, x, [{protection, public} | x]]],
    {R, Bad, ets:info(T, protection)}.

setopts_not_owner() ->
    T = ets:new(t, [public]),
    Self = self(),
    spawn(fun() -> Self ! {r, try_(fun() -> ets:setopts(T, {protection, private}) end)} end),
    receive {r, R} -> {R, ets:info(T, protection)} end.

info_items() ->
    T = ets:new(t, [ordered_set]),
    {[K || {K, _} <- ets:info(T)], ets:info(T, fixed), ets:info(T, safe_fixed), ets:info(T, binary),
     try_(fun() -> ets:info(T, foo) end)}.

all_tables() ->
    T = ets:new(t, []),
    N = ets:new(named_all, [named_table]),
    All = ets:all(),
    ets:delete(T),
    {lists:member(T, All), lists:member(N, All), lists:member(T, ets:all())}.

delete_all_objects() ->
    T = ordered(),
    {ets:delete_all_objects(T), ets:info(T, size), ets:select(T, [{'_', [], ['$_']}])}.

%% A larger program: an inventory kept in ETS and queried many ways.

-record(item, {sku, name, category, price, stock, tags = []}).

inventory() ->
    Items = ets:new(items, [ordered_set, {keypos, #item.sku}]),
    ets:insert(Items, [
        #item{sku = 101, name = "hammer", category = tools, price = 12.5, stock = 40, tags = [steel]},
        #item{sku = 102, name = "saw", category = tools, price = 22.0, stock = 0, tags = [steel, wood]},
        #item{sku = 103, name = "glue", category = supplies, price = 3.2, stock = 150},
        #item{sku = 104, name = "nails", category = supplies, price = 4.75, stock = 900, tags = [steel]},
        #item{sku = 105, name = "drill", category = power, price = 89.99, stock = 7, tags = [battery]},
        #item{sku = 106, name = "sander", category = power, price = 59.0, stock = 3},
        #item{sku = 107, name = "tape", category = supplies, price = 2.1, stock = 0},
        #item{sku = 108, name = "level", category = tools, price = 15.0, stock = 12}]),
    InStock = ets:select(Items, ets:fun2ms(fun(#item{sku = S, stock = N}) when N > 0 -> S end)),
    OutOfStock = ets:select(Items, ets:fun2ms(fun(#item{name = Nm, stock = 0}) -> Nm end)),
    Cheap = ets:select(Items, ets:fun2ms(fun(#item{name = Nm, price = P}) when P < 5 -> {Nm, P} end)),
    Value = lists:sum(ets:select(Items, ets:fun2ms(fun(#item{price = P, stock = N}) -> P * N end))),
    ByCategory = [{C, ets:select_count(Items, [{#item{category = C, _ = '_'}, [], [true]}])} || C <- [tools, supplies, power]],
    Steel = ets:select(Items, [{#item{sku = '$1', tags = '$2', _ = '_'}, [{'=/=', '$2', []}], [{{'$1', {hd, '$2'}}}]}]),
    Restocked = ets:select_replace(Items, ets:fun2ms(fun(I = #item{stock = 0}) -> I#item{stock = 25} end)),
    Discounted = ets:select_replace(Items,
        ets:fun2ms(fun(I = #item{category = power, price = P}) -> I#item{price = P * 0.9} end)),
    Pages = chunks(ets:select(Items, ets:fun2ms(fun(#item{sku = S, name = Nm}) -> {S, Nm} end), 3)),
    Expensive = ets:select_reverse(Items, ets:fun2ms(fun(#item{name = Nm, price = P}) when P > 20 -> Nm end)),
    Dropped = ets:select_delete(Items, ets:fun2ms(fun(#item{category = supplies, price = P}) when P < 3 -> true end)),
    Names = ets:match(Items, #item{name = '$1', category = tools, _ = '_'}),
    Power = ets:match_object(Items, #item{category = power, _ = '_'}),
    Total = ets:foldl(fun(#item{stock = N}, A) -> A + N end, 0, Items),
    {InStock, OutOfStock, Cheap, Value, ByCategory, Steel, Restocked, Discounted, Pages, Expensive, Dropped,
     Names, Power, Total, ets:info(Items, size)}.
