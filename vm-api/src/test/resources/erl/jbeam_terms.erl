%% Test helper for jbeam's term tests: generates terms from a fixed seed and prints them in
%% a prefix text encoding that the Java side (ErlTermText) rebuilds exactly.
-module(jbeam_terms).
-export([encode/1, main/1, sample_fun/2, sample_fun0/0]).

%% Encoding, one term:
%%   i<decimal>;               integer
%%   f<16 hex digits>;         float, its IEEE bits
%%   a<hex utf8>;              atom
%%   b<bits>:<hex>;            bitstring, padded with zero bits to whole bytes
%%   t<arity>: E1 .. En        tuple
%%   l<n>: E1 .. En Tail       list cells then tail (n >= 1)
%%   n                         []
%%   m<n>: K1 V1 .. Kn Vn      map, pairs in maps:to_list order
%%   p<node>.<num>.<serial>.<creation>;   pid (node as hex utf8)
%%   o<node>.<num>.<creation>;            port
%%   r<node>.<creation>.<n>.<id0>.<id1>...;  reference, ids least significant first
%%   e<mod>.<fun>.<arity>;                fun M:F/A (names hex)
%%   u<mod>.<index>.<olduniq>.<md5 hex>.<arity>.<nfree>: Free1 .. FreeN   local fun
encode(T) -> lists:flatten(enc(T)).

enc(I) when is_integer(I) -> [$i, integer_to_list(I), $;];
enc(F) when is_float(F) -> <<B:64>> = <<F/float>>, [$f, hex64(B), $;];
enc(A) when is_atom(A) -> [$a, hex(atom_to_binary(A, utf8)), $;];
enc(B) when is_bitstring(B) ->
    Bits = bit_size(B),
    Pad = (8 - Bits rem 8) rem 8,
    [$b, integer_to_list(Bits), $:, hex(<<B/bitstring, 0:Pad>>), $;];
enc(T) when is_tuple(T) ->
    [$t, integer_to_list(tuple_size(T)), $: | [enc(E) || E <- tuple_to_list(T)]];
enc([]) -> "n";
enc(L) when is_list(L) -> {Elems, Tail} = cells(L, []),
    [$l, integer_to_list(length(Elems)), $:, [enc(E) || E <- Elems], enc(Tail)];
enc(M) when is_map(M) ->
    [$m, integer_to_list(map_size(M)), $: | [[enc(K), enc(V)] || {K, V} <- maps:to_list(M)]];
enc(P) when is_pid(P) ->
    {Node, Num, Serial, Creation} = pid_parts(term_to_binary(P)),
    [$p, hex(atom_to_binary(Node, utf8)), $., integer_to_list(Num), $., integer_to_list(Serial), $.,
     integer_to_list(Creation), $;];
enc(P) when is_port(P) ->
    {Node, Num, Creation} = port_parts(term_to_binary(P)),
    [$o, hex(atom_to_binary(Node, utf8)), $., integer_to_list(Num), $., integer_to_list(Creation), $;];
enc(R) when is_reference(R) ->
    {Node, Creation, Ids} = ref_parts(term_to_binary(R)),
    [$r, hex(atom_to_binary(Node, utf8)), $., integer_to_list(Creation), $., integer_to_list(length(Ids)),
     [[$., integer_to_list(I)] || I <- Ids], $;];
enc(F) when is_function(F) ->
    case erlang:fun_info(F, type) of
        {type, external} ->
            {module, M} = erlang:fun_info(F, module), {name, N} = erlang:fun_info(F, name),
            {arity, A} = erlang:fun_info(F, arity),
            [$e, hex(atom_to_binary(M, utf8)), $., hex(atom_to_binary(N, utf8)), $., integer_to_list(A), $;];
        {type, local} ->
            I = fun(K) -> {K, V} = erlang:fun_info(F, K), V end,
            Env = I(env),
            [$u, hex(atom_to_binary(I(module), utf8)), $., integer_to_list(I(index)), $.,
             integer_to_list(I(uniq)), $., hex(I(new_uniq)), $., integer_to_list(I(arity)), $.,
             integer_to_list(length(Env)), $: | [enc(E) || E <- Env]]
    end.

cells([H | T], Acc) when is_list(T), T =/= [] -> cells(T, [H | Acc]);
cells([H | T], Acc) -> {lists:reverse([H | Acc]), T}.

hex(Bin) -> [io_lib:format("~2.16.0b", [X]) || <<X>> <= Bin].
hex64(B) -> io_lib:format("~16.16.0b", [B]).

node_atom(<<119, Len, Name:Len/binary, Rest/binary>>) -> {binary_to_atom(Name, utf8), Rest};
node_atom(<<118, Len:16, Name:Len/binary, Rest/binary>>) -> {binary_to_atom(Name, utf8), Rest};
node_atom(<<100, Len:16, Name:Len/binary, Rest/binary>>) -> {binary_to_atom(Name, latin1), Rest}.

pid_parts(<<131, 88, Rest/binary>>) ->
    {Node, <<Num:32, Serial:32, Creation:32>>} = node_atom(Rest), {Node, Num, Serial, Creation}.
port_parts(<<131, 89, Rest/binary>>) ->
    {Node, <<Num:32, Creation:32>>} = node_atom(Rest), {Node, Num, Creation};
port_parts(<<131, 120, Rest/binary>>) ->
    {Node, <<Num:64, Creation:32>>} = node_atom(Rest), {Node, Num, Creation}.
ref_parts(<<131, 90, Len:16, Rest/binary>>) ->
    {Node, <<Creation:32, IdBin/binary>>} = node_atom(Rest),
    {Node, Creation, [I || <<I:32>> <= IdBin, Len > 0]}.

%% Funs with free variables, compiled (so their environment is just the captured values).
sample_fun(X, Y) -> fun(Z) -> {X, Y, Z} end.
sample_fun0() -> fun() -> ok end.

%% Entry point: erl -noshell -pa Dir -run jbeam_terms main Mode
main([Mode]) ->
    logger:set_primary_config(level, none),
    erts_debug:set_internal_state(available_internal_state, true),
    rand:seed(exsss, {17, 42, 4711}),
    ok = jbeam_terms_cases:run(list_to_atom(Mode)),
    halt(0).
