%% Generated cases for jbeam's term order, map and hash tests; see jbeam_terms for the
%% encoding. Every random choice comes from the seed set in jbeam_terms:main/1.
-module(jbeam_terms_cases).
-export([run/1, term/1]).

run(order) ->
    Lists = [mixed_list(40, 2) || _ <- lists:seq(1, 6)] ++ [numbers_list(), edge_list()],
    lists:foreach(fun order_case/1, Lists);
run(maps) ->
    Kinds = [integer, binary, tuple, float, mixed, atom],
    Sizes = [1, 2, 7, 31, 32, 33, 40, 100, 257, 1000, 2000],
    Cases = [{K, S} || K <- Kinds, S <- Sizes, not (K =:= atom andalso S > 300)],
    lists:foreach(fun map_case/1, Cases);
run(phash) ->
    Terms = [term(3) || _ <- lists:seq(1, 1200)] ++ numbers() ++ edge_terms(),
    lists:foreach(fun phash_case/1, Terms).

order_case(L) ->
    io:format("L ~b~n", [length(L)]),
    [io:format("~s~n", [jbeam_terms:encode(T)]) || T <- L],
    Indexed = lists:zip(L, lists:seq(0, length(L) - 1)),
    Sorted = lists:sort(fun({A, _}, {B, _}) -> A =< B end, Indexed),
    io:format("S~s~n", [[[$\s, integer_to_list(I)] || {_, I} <- Sorted]]),
    [io:format("C~s~n", [[rel(A, B) || B <- L]]) || A <- L],
    [io:format("X~s~n", [[exact(A, B) || B <- L]]) || A <- L],
    ok.

rel(A, B) when A < B -> $<;
rel(A, B) when A == B -> $=;
rel(_, _) -> $>.

exact(A, B) when A =:= B -> $e;
exact(_, _) -> $n.

map_case({Kind, Size}) ->
    Keys = unique_keys(Kind, Size),
    M = maps:from_list([{K, value(K)} || K <- Keys]),
    io:format("M ~s ~b~n", [Kind, map_size(M)]),
    [atom_line(A) || A <- lists:usort(lists:flatmap(fun atoms_in/1, maps:keys(M)))],
    [io:format("~s~n", [jbeam_terms:encode(K)]) || K <- maps:keys(M)],
    Absent = [K || K <- unique_keys(Kind, 20), not maps:is_key(K, M)],
    io:format("A ~b~n", [length(Absent)]),
    [io:format("~s~n", [jbeam_terms:encode(K)]) || K <- Absent],
    ok.

atom_line(A) ->
    H = erts_debug:get_internal_state({internal_hash, A}),
    io:format("H ~s ~b~n", [jbeam_terms:encode(A), H]).

value(K) -> {v, K}.

atoms_in(A) when is_atom(A) -> [A];
atoms_in(T) when is_tuple(T) -> lists:flatmap(fun atoms_in/1, tuple_to_list(T));
atoms_in(_) -> [].

unique_keys(Kind, Size) -> unique_keys(Kind, Size, #{}, []).
unique_keys(_, 0, _, Acc) -> Acc;
unique_keys(Kind, N, Seen, Acc) ->
    K = key(Kind),
    case maps:is_key(K, Seen) of
        true -> unique_keys(Kind, N, Seen, Acc);
        false -> unique_keys(Kind, N - 1, Seen#{K => true}, [K | Acc])
    end.

key(integer) -> pick([rand:uniform(100000) - 50000, rand:uniform(1 bsl 70) - (1 bsl 69),
                      rand:uniform(1 bsl 62)]);
key(binary) -> rand:bytes(rand:uniform(12) - 1);
key(tuple) -> {rand:uniform(50), key(pick([integer, binary, atom, float]))};
key(float) -> pick([rand:uniform() * 1000, float(rand:uniform(1000)), -rand:uniform() * 1.0e20]);
key(atom) -> list_to_atom(pick(["key_", "ключ_", "k\x{1F600}_"]) ++ integer_to_list(rand:uniform(100000)));
key(mixed) -> key(pick([integer, binary, tuple, float, atom])).

phash_case(T) ->
    io:format("~s~n~b ~b ~b~n", [jbeam_terms:encode(T), erlang:phash2(T), erlang:phash2(T, 1000),
                                 erts_debug:get_internal_state({internal_hash, T})]).

pick(L) -> lists:nth(rand:uniform(length(L)), L).

mixed_list(N, Depth) -> [term(Depth) || _ <- lists:seq(1, N)].

%% A random term of any type, nesting at most Depth levels.
term(0) -> scalar();
term(Depth) ->
    case rand:uniform(10) of
        1 -> list_to_tuple([term(Depth - 1) || _ <- lists:seq(1, rand:uniform(4) - 1)]);
        2 -> [term(Depth - 1) || _ <- lists:seq(1, rand:uniform(4) - 1)];
        3 -> [term(Depth - 1) | term(Depth - 1)];
        4 -> maps:from_list([{term(Depth - 1), term(Depth - 1)} || _ <- lists:seq(1, rand:uniform(4) - 1)]);
        5 when Depth > 1 -> maps:from_list([{rand:uniform(1000), scalar()} || _ <- lists:seq(1, 30 + rand:uniform(20))]);
        6 -> [rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(9))] ++ pick([[], [term(0)], "ab"]);
        _ -> scalar()
    end.

scalar() ->
    case rand:uniform(12) of
        1 -> pick(numbers());
        2 -> rand:uniform(1000) - 500;
        3 -> (rand:uniform() - 0.5) * math:pow(10, rand:uniform(40) - 20);
        4 -> pick(atoms());
        5 -> rand:bytes(rand:uniform(80) - 1);
        6 -> Bits = rand:uniform(30), <<(rand:uniform(1 bsl Bits) - 1):Bits>>;
        7 -> pick(identifiers());
        8 -> pick(funs());
        9 -> rand:uniform(1 bsl 200) - (1 bsl 199);
        10 -> pick([[], {}, #{}, <<>>, ""]);
        11 -> pick(edge_terms());
        _ -> rand:uniform(1 bsl 40)
    end.

atoms() -> ['', a, aa, ab, b, 'Z', ok, undefined, true, false, nonode@nohost, 'hello world',
            'é', 'ü', 'ÿ', 'ā', '日本', '\x{1F600}', abc, abcd, abce, 'abc\x{e9}', zzzz].

numbers() ->
    P53 = 1 bsl 53, P59 = 1 bsl 59, P60 = 1 bsl 60, P64 = 1 bsl 64,
    [0, 1, -1, 0.0, -0.0, 1.0, -1.0, P53, P53 - 1, P53 + 1, float(P53), float(P53) + 2.0,
     float(P53 - 1), -P53 - 1, -float(P53), P59 - 1, P59, -P59, -P59 - 1, P60, float(P60),
     P64 - 1, P64, float(P64), -P64, -float(P64), 1.0e300, -1.0e300, 1 bsl 1000,
     -(1 bsl 1000), float(1 bsl 1000), (1 bsl 1000) + 1, 0.5, -0.5, 2.5, 3, 268435455,
     268435456, -268435456, -268435457, 134217728, 1.0e-300, 4503599627370496.5, 123456789012345678].

edge_list() -> numbers() ++ atoms() ++ identifiers() ++ funs() ++ edge_terms().

numbers_list() -> numbers() ++ [N + 0.5 || N <- [1, 1 bsl 52, -3]] ++ [1 bsl 80, -(1 bsl 80) + 1].

edge_terms() ->
    [<<>>, <<0:1>>, <<0:2>>, <<1:1>>, <<0>>, <<0, 0:1>>, <<255>>, <<1, 2, 3>>, <<1, 2>>,
     <<1, 2, 3, 4:4>>, <<1:7>>, list_to_binary(lists:seq(1, 100)),
     binary:part(list_to_binary(lists:seq(1, 100)), 3, 70),
     begin <<_:3, Sub:61/bitstring, _/bitstring>> = list_to_binary(lists:seq(1, 100)), Sub end,
     {}, {a}, {a, b}, {1, 2, 3}, {{}}, [], [a], [a | b], [[]], "abc", "abcdefgh", [1000, 2000],
     #{}, #{a => 1}, #{1 => a, 1.0 => b}, #{b => 1, a => 2}, #{a => 1, b => 2},
     maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
     maps:from_list([{I, I} || I <- lists:seq(2, 41)]),
     maps:from_list([{I, -I} || I <- lists:seq(1, 40)])].

identifiers() ->
    [list_to_pid("<0.1.2>"), list_to_pid("<0.2.1>"), list_to_pid("<0.0.0>"),
     list_to_pid("<0.32767.8191>"), list_to_pid("<0.100.0>"),
     ext_pid('other@host', 5, 1, 3), ext_pid('other@host', 5, 1, 4), ext_pid('a@b', 1, 0, 1),
     ext_pid('zz@top', 0, 0, 1),
     ext_port('other@host', 7, 3), ext_port('a@b', 9, 1), local_port(),
     ext_ref('other@host', 2, [1, 2, 3]), ext_ref('a@b', 1, [5, 0, 0]), ext_ref('a@b', 1, [5, 0, 1]),
     local_ref([1, 2, 3]), local_ref([3, 2, 1]), local_ref([1, 2, 4]), make_ref()].

ext_pid(Node, Num, Ser, Cr) ->
    N = atom_to_binary(Node, utf8),
    binary_to_term(<<131, 88, 119, (byte_size(N)), N/binary, Num:32, Ser:32, Cr:32>>).
ext_port(Node, Num, Cr) ->
    N = atom_to_binary(Node, utf8),
    binary_to_term(<<131, 89, 119, (byte_size(N)), N/binary, Num:32, Cr:32>>).
ext_ref(Node, Cr, Ids) ->
    N = atom_to_binary(Node, utf8),
    binary_to_term(<<131, 90, (length(Ids)):16, 119, (byte_size(N)), N/binary, Cr:32,
                     (<< <<I:32>> || I <- Ids >>)/binary>>).
local_ref(Ids) -> ext_ref(nonode@nohost, 0, Ids).
local_port() -> ext_port(nonode@nohost, 3, 0).

funs() ->
    [fun lists:sort/1, fun lists:sort/2, fun erlang:abs/1, fun lists:reverse/1,
     jbeam_terms:sample_fun(1, a), jbeam_terms:sample_fun(2, a), jbeam_terms:sample_fun(1, b),
     jbeam_terms:sample_fun0()].
