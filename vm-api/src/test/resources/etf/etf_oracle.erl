%% Oracle for org.jbeam.vm.etf: writes what OTP's term_to_binary/2 produces for
%% pseudo-random terms of every kind, and what binary_to_term/2 says of crafted and mutated
%% inputs, into one file that ExternalTermFormatOracleTest reads.
%%
%% File layout (all integers big-endian unsigned 32-bit, "bin" = length + bytes):
%%   TermCount, then per term: VariantCount, then per variant: bin
%%   InputCount, then per input: Verdict (0 ok, 1 badarg), bin input, bin reencoded, Used
-module(etf_oracle).
-export([main/1, variants/0]).

-define(SEED, {2024, 7, 31}).

variants() ->
    [[], [compressed], [{minor_version, 1}], [deterministic], [{minor_version, 0}],
     [{minor_version, 2}], [{compressed, 9}, deterministic], [{compressed, 1}, {minor_version, 0}]].

main([OutFile]) ->
    rand:seed(exsss, ?SEED),
    Ctx = context(),
    Terms = fixed_terms(Ctx) ++ [gen(Ctx, 3) || _ <- lists:seq(1, 1300)],
    TermPart = [<<(length(Terms)):32>>, [encodings(T) || T <- Terms]],
    Inputs = crafted_inputs() ++ mutated_inputs(Terms, 800),
    InputPart = [<<(length(Inputs)):32>>, [verdict(B) || B <- Inputs]],
    ok = file:write_file(OutFile, [TermPart, InputPart]),
    halt(0).

bin(B) -> [<<(byte_size(B)):32>>, B].

encodings(T) ->
    Vs = variants(),
    [<<(length(Vs)):32>>, [bin(term_to_binary(T, Opts)) || Opts <- Vs]].

verdict(B) ->
    try binary_to_term(B, [used]) of
        {T, Used} -> [<<0>>, bin(B), bin(term_to_binary(T)), <<Used:32>>]
    catch
        error:badarg -> [<<1>>, bin(B), bin(<<>>), <<0:32>>]
    end.

%% Terms the random generator picks from: identifiers and funs of this node and others.
context() ->
    Spawned = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 5)],
    Port = hd(erlang:ports()),
    Free = rand:uniform(1000),
    Funs = [fun lists:map/2, fun erlang:abs/1, fun(X) -> X + Free end,
            fun(X, Y) -> {X, Y, Free, self()} end, fun() -> ok end,
            make_fun(<<"free">>, [1, 2], 3.5)],
    External = [external_pid(), external_port(5), external_port(1 bsl 40), external_ref(3),
                external_ref(1), external_ref(5), old_pid(), old_ref()],
    #{pids => [self() | Spawned], ports => [Port], funs => Funs, external => External}.

make_fun(A, B, C) -> fun(X) -> {A, B, C, X} end.

node_atom(Name) -> <<100, (byte_size(Name)):16, Name/binary>>.

external_pid() ->
    binary_to_term(<<131, 88, (node_atom(<<"other@host">>))/binary, 1234:32, 5:32, 7:32>>).
external_port(N) ->
    binary_to_term(<<131, 120, (node_atom(<<"other@host">>))/binary, N:64, 9:32>>).
external_ref(Len) ->
    Ids = << <<(I * 7919):32>> || I <- lists:seq(1, Len) >>,
    binary_to_term(<<131, 90, Len:16, (node_atom(<<"other@host">>))/binary, 3:32, Ids/binary>>).
old_pid() ->
    binary_to_term(<<131, 103, (node_atom(<<"old@host">>))/binary, 77:32, 1:32, 2>>).
old_ref() ->
    binary_to_term(<<131, 101, (node_atom(<<"old@host">>))/binary, 4242:32, 1>>).

pick(L) -> lists:nth(rand:uniform(length(L)), L).

fixed_terms(Ctx) ->
    Ints = [0, 1, -1, 255, 256, -255, -256, 1 bsl 31 - 1, 1 bsl 31, -(1 bsl 31), -(1 bsl 31) - 1,
            1 bsl 32, 1 bsl 59 - 1, 1 bsl 59, -(1 bsl 59), -(1 bsl 59) - 1, 1 bsl 63 - 1, 1 bsl 63,
            -(1 bsl 63), -(1 bsl 63) - 1, 1 bsl 64 - 1, 1 bsl 64, -(1 bsl 64), 1 bsl 2100,
            -(1 bsl 2100) + 12345],
    <<NegZero/float>> = <<128, 0, 0, 0, 0, 0, 0, 0>>,
    Floats = [0.0, NegZero, 5.0e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
              -1.7976931348623157e308, 0.1, 1.0e-320, 123456789.125, -2.5],
    Atoms = ['', a, 'é', 'ÿ€', '漢字', list_to_atom(lists:duplicate(255, $a)),
             list_to_atom(lists:duplicate(255, 16#436)), list_to_atom(lists:duplicate(200, 16#E9))],
    Strings = ["", "abc", lists:seq(0, 255), lists:duplicate(65535, $x), lists:duplicate(65536, $y),
               [1, 2 | 3], [256], [-1, 2]],
    Bins = [<<>>, <<1>>, binary:copy(<<"ab">>, 32), binary:copy(<<"abc">>, 100), <<1:1>>,
            <<255, 3:7>>, binary:part(binary:copy(<<"xyz">>, 40), 3, 90)],
    Big = maps:from_list([{I, I * I} || I <- lists:seq(1, 40)]),
    Mixed = maps:from_list([{I, x} || I <- lists:seq(1, 33)] ++
                           [{1.0, f}, {-1, g}, {a, h}, {{1}, i}, {[], j}, {<<>>, k}, {"s", l}]),
    Maps = [#{}, #{a => 1}, #{1 => a, 1.0 => b}, Big, Mixed, #{nested => Big, Big => Mixed}],
    Deep = lists:foldl(fun(_, Acc) -> [Acc] end, [], lists:seq(1, 20000)),
    DeepTuple = lists:foldl(fun(_, Acc) -> {Acc} end, x, lists:seq(1, 20000)),
    Ints ++ Floats ++ Atoms ++ Strings ++ Bins ++ Maps
        ++ maps:get(pids, Ctx) ++ maps:get(ports, Ctx) ++ maps:get(funs, Ctx)
        ++ maps:get(external, Ctx)
        ++ [make_ref(), list_to_tuple(lists:seq(1, 300)), Deep, DeepTuple].

gen(Ctx, 0) -> leaf(Ctx);
gen(Ctx, D) ->
    case rand:uniform(13) of
        1 -> list_to_tuple([gen(Ctx, D - 1) || _ <- lists:seq(1, rand:uniform(6) - 1)]);
        2 -> [gen(Ctx, D - 1) || _ <- lists:seq(1, rand:uniform(6) - 1)];
        3 -> [gen(Ctx, D - 1) | gen(Ctx, D - 1)];
        4 -> maps:from_list([{gen(Ctx, D - 1), gen(Ctx, D - 1)} || _ <- lists:seq(1, rand:uniform(8) - 1)]);
        5 -> maps:from_list([{key(), leaf(Ctx)} || _ <- lists:seq(1, 30 + rand:uniform(50))]);
        6 -> make_fun(gen(Ctx, D - 1), leaf(Ctx), leaf(Ctx));
        7 -> maps:from_list([{portable_key(), leaf(Ctx)} || _ <- lists:seq(1, 30 + rand:uniform(50))]);
        _ -> leaf(Ctx)
    end.

key() ->
    case rand:uniform(5) of
        1 -> rand:uniform(1000);
        2 -> rand:uniform(100) * 1.0;
        3 -> list_to_atom("k" ++ integer_to_list(rand:uniform(200)));
        4 -> {rand:uniform(9), rand:uniform(9)};
        5 -> integer_to_binary(rand:uniform(500))
    end.

%% Keys whose internal hash does not depend on the VM's atom or process numbering, so that
%% a large map of them iterates in the same order in every VM.
portable_key() ->
    case rand:uniform(4) of
        1 -> rand:uniform(1000);
        2 -> rand:uniform(100) * 1.0;
        3 -> {rand:uniform(9), integer_to_binary(rand:uniform(9))};
        4 -> integer_to_binary(rand:uniform(500))
    end.

leaf(Ctx) ->
    case rand:uniform(16) of
        1 -> rand:uniform(256) - 1;
        2 -> rand:uniform(1 bsl 40) - (1 bsl 39);
        3 -> (rand:uniform(1 bsl 70) - (1 bsl 69)) * (1 bsl rand:uniform(200));
        4 -> pick([1 bsl 59 - 1, 1 bsl 59, -(1 bsl 59), 1 bsl 63, -(1 bsl 63), 1 bsl 64 - 1, 1 bsl 64])
                 + rand:uniform(5) - 3;
        5 -> (rand:uniform() - 0.5) * math:pow(10, rand:uniform(600) - 300);
        6 -> random_atom();
        7 -> [rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(40))];
        8 -> rand:bytes(rand:uniform(301) - 1);
        9 -> <<(rand:bytes(rand:uniform(80) - 1))/binary, (rand:uniform(127)):(rand:uniform(7))>>;
        10 -> pick(maps:get(pids, Ctx));
        11 -> pick(maps:get(ports, Ctx) ++ maps:get(external, Ctx));
        12 -> make_ref();
        13 -> pick(maps:get(funs, Ctx));
        14 -> [];
        15 -> unicode:characters_to_list([rand:uniform(3000) || _ <- lists:seq(1, rand:uniform(10))]);
        16 -> pick([true, false, ok, undefined, 'hello world'])
    end.

random_atom() ->
    Chars = case rand:uniform(3) of
                1 -> [$a + rand:uniform(25) || _ <- lists:seq(1, rand:uniform(30))];
                2 -> [16#C0 + rand:uniform(60) || _ <- lists:seq(1, rand:uniform(30))];
                3 -> [16#400 + rand:uniform(4000) || _ <- lists:seq(1, rand:uniform(30))]
            end,
    list_to_atom(Chars).

%% Hand-made inputs probing OTP's checks, old encodings included.
crafted_inputs() ->
    N = node_atom(<<"nonode@nohost">>),
    O = node_atom(<<"o">>),
    Fun = fun(Size, Free) ->
                  Body = <<100, 0, 5, "lists", 97, 99, 98, 0, 0, 0, 1, 88, N/binary, 0:32, 0:32, 0:32>>,
                  <<131, 112, Size:32, 1, 1:128, 99:32, Free:32, Body/binary>>
          end,
    [<<>>, <<131>>, <<130, 97, 1>>, <<131, 0>>, <<131, 255>>, <<131, 68>>, <<131, 82, 0>>, <<131, 121>>,
     <<131, 97, 1, 0>>, <<131, 97>>, <<131, 98, 0, 0>>, <<131, 110, 1, 7, 5>>, <<131, 110, 0, 0>>,
     <<131, 110, 2, 3, 0, 0>>, <<131, 110, 8, 0, 0, 0, 0, 0, 0, 0, 0, 8>>, <<131, 111, 0, 0, 0, 1, 0, 5>>,
     <<131, 111, 255, 255, 255, 255, 0>>, <<131, 110, 9, 0, 1, 2, 3>>,
     <<131, 70, 127, 240, 0, 0, 0, 0, 0, 0>>, <<131, 70, 255, 248, 0, 0, 0, 0, 0, 0>>,
     <<131, 70, 0, 0, 0, 0, 0, 0, 0>>,
     <<131, 99, "1.5", 0:(28 * 8)>>, <<131, 99, "1,5", 0:(28 * 8)>>, <<131, 99, "-1.5e-3", 0:(24 * 8)>>,
     <<131, 99, "1.", 0:(29 * 8)>>, <<131, 99, " 1.0", 0:(27 * 8)>>, <<131, 99, "1.0e-400", 0:(23 * 8)>>,
     <<131, 99, "1e400", 0:(26 * 8)>>, <<131, 99, "1.0e400", 0:(24 * 8)>>, <<131, 99, "nan", 0:(28 * 8)>>,
     <<131, 99, "1.23456789012345678901234567890">>, <<131, 99, "1.2345678901234567890123456789", 0>>,
     <<131, 99, "1.5">>, <<131, 99, "+1.5E+2", 0:(24 * 8)>>,
     <<131, 100, 0, 0>>, <<131, 115, 0>>, <<131, 119, 0>>, <<131, 118, 0, 0>>, <<131, 115, 1, 233>>,
     <<131, 119, 2, 195, 169>>, <<131, 100, 0, 3, "abc">>, <<131, 100, 0, 4, "abc">>,
     <<131, 100, 1, 0, (binary:copy(<<"a">>, 256))/binary>>, <<131, 118, 0, 4, 255, 255, 255, 255>>,
     <<131, 118, 0, 3, 237, 160, 128>>, <<131, 119, 2, 192, 128>>, <<131, 119, 1, 195>>,
     <<131, 118, 1, 254, (binary:copy(<<208, 182>>, 255))/binary>>,
     <<131, 118, 2, 0, (binary:copy(<<208, 182>>, 256))/binary>>,
     <<131, 104, 1, 97>>, <<131, 104, 0>>, <<131, 105, 0, 0, 0, 0>>, <<131, 105, 255, 255, 255, 255, 97, 1>>,
     <<131, 109, 0, 0, 0, 2, 1>>, <<131, 109, 255, 255, 255, 255>>, <<131, 107, 0, 0>>, <<131, 107, 0, 3, 1, 2>>,
     <<131, 108, 0, 0, 0, 0, 106>>, <<131, 108, 0, 0, 0, 0, 97, 1>>, <<131, 108, 0, 0, 0, 1, 97, 1>>,
     <<131, 108, 0, 0, 0, 2, 97, 1, 106, 97, 1>>, <<131, 108, 255, 255, 255, 255, 106>>,
     <<131, 116, 0, 0, 0, 0>>, <<131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 97, 1, 97, 2>>,
     <<131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 97, 2, 97, 2>>, <<131, 116, 255, 255, 255, 255, 97, 1>>,
     <<131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 70, 63, 240, 0, 0, 0, 0, 0, 0, 97, 2>>,
     <<131, 77, 0, 0, 0, 0, 0>>, <<131, 77, 0, 0, 0, 1, 0, 5>>, <<131, 77, 0, 0, 0, 1, 8, 5>>,
     <<131, 77, 0, 0, 0, 1, 9, 5>>, <<131, 77, 0, 0, 0, 0, 3>>, <<131, 77, 0, 0, 0, 1, 3, 255>>,
     <<131, 77, 0, 0, 0, 2, 3, 255>>,
     %% Pids, ports, references of this node and others, old and new forms.
     <<131, 88, N/binary, 0, 0, 128, 0, 0:32, 0:32>>, <<131, 88, N/binary, 0, 0, 127, 255, 0, 0, 32, 0, 0:32>>,
     <<131, 88, N/binary, 1:32, 0:32, 1:32>>, <<131, 88, O/binary, 16#FFFFFFFF:32, 16#FFFFFFFF:32, 1:32>>,
     <<131, 103, O/binary, 1:32, 2:32, 4>>, <<131, 103, O/binary, 1:32, 2:32, 3>>,
     <<131, 103, N/binary, 1:32, 0:32, 0>>, <<131, 103, N/binary, 16#8001:32, 0:32, 0>>,
     <<131, 88, 97, 1, 1:32, 2:32, 0:32>>,
     <<131, 90, 0, 3, N/binary, 0:32, 16#3FFFF:32, 7:32, 8:32>>, <<131, 90, 0, 3, N/binary, 0:32, 16#40000:32, 7:32, 8:32>>,
     <<131, 90, 0, 2, N/binary, 0:32, 3:32, 7:32>>, <<131, 90, 0, 1, N/binary, 0:32, 3:32>>,
     <<131, 90, 0, 0, N/binary, 0:32>>, <<131, 90, 0, 4, N/binary, 0:32, 1:32, 2:32, 3:32, 4:32>>,
     <<131, 90, 0, 3, N/binary, 1:32, 16#40000:32, 7:32, 8:32>>,
     <<131, 90, 0, 6, O/binary, 0:32, 1:32, 2:32, 3:32, 4:32, 5:32, 6:32>>, <<131, 90, 0, 0, O/binary, 0:32>>,
     <<131, 90, 0, 1, O/binary, 0:32, 16#FFFFFFFF:32>>, <<131, 90, 0, 5, O/binary, 2:32, 1:32, 2:32, 3:32, 4:32, 5:32>>,
     <<131, 101, O/binary, 16#FFFFFFFF:32, 1>>, <<131, 101, N/binary, 16#3FFFF:32, 0>>, <<131, 101, O/binary, 5:32, 4>>,
     <<131, 114, 0, 0, O/binary, 1>>, <<131, 114, 0, 5, O/binary, 1, 1:32, 2:32, 3:32, 4:32, 5:32>>,
     <<131, 114, 0, 6, O/binary, 1, 1:32, 2:32, 3:32, 4:32, 5:32, 6:32>>, <<131, 114, 0, 2, O/binary, 1, 16#40000:32, 2:32>>,
     <<131, 114, 0, 3, N/binary, 0, 16#30000:32, 1:32, 2:32>>,
     <<131, 102, O/binary, 16#FFFFFFFF:32, 1>>, <<131, 102, N/binary, 16#FFFFFFF:32, 0>>, <<131, 102, N/binary, 16#10000000:32, 0>>,
     <<131, 89, N/binary, 5:32, 0:32>>, <<131, 89, N/binary, 16#10000000:32, 0:32>>, <<131, 89, O/binary, 1:32, 2:32>>,
     <<131, 120, N/binary, 16#FFFFFFF:64, 0:32>>, <<131, 120, N/binary, 16#100000000:64, 0:32>>,
     <<131, 120, O/binary, 5:64, 0:32>>, <<131, 120, O/binary, 16#100000005:64, 0:32>>,
     %% Funs and exports.
     Fun(46, 0), Fun(1000, 0), Fun(3, 0), Fun(46, 1), <<(Fun(46, 1))/binary, 97, 7>>, <<(Fun(46, 256))/binary, 97, 7>>,
     <<131, 117, 0:32, 88, N/binary, 1:32, 0:32, 0:32, 100, 0, 5, "lists", 97, 1, 97, 1>>,
     <<131, 113, 100, 0, 5, "lists", 100, 0, 3, "map", 97, 2>>, <<131, 113, 100, 0, 5, "lists", 100, 0, 3, "map", 98, 0, 0, 1, 0>>,
     <<131, 113, 100, 0, 5, "lists", 100, 0, 3, "map", 98, 255, 255, 255, 255>>,
     <<131, 113, 100, 0, 5, "lists", 100, 0, 3, "map", 110, 1, 0, 3>>, <<131, 113, 97, 1, 100, 0, 3, "map", 97, 2>>,
     <<131, 113, 100, 0, 5, "lists", 100, 0, 3, "map", 106>>,
     %% Compression.
     <<131, 80, 0, 0, 0, 2, 120, 156, 203, 2, 0, 0, 111, 0, 111>>,
     <<131, 80, 0, 0, 0, 1, (zlib:compress(<<97, 1>>))/binary>>, <<131, 80, 0, 0, 0, 3, (zlib:compress(<<97, 1>>))/binary>>,
     <<131, 80, 0, 0, 0, 3, (zlib:compress(<<97, 1, 1>>))/binary>>,
     <<131, 80, 0, 0, 0, 2, (zlib:compress(<<97, 1>>))/binary, 7, 7>>,
     <<131, 80, 255, 255, 255, 255, (zlib:compress(<<97, 1>>))/binary>>,
     <<131, 80, 0, 0, 0, 0, (zlib:compress(<<>>))/binary>>,
     <<131, 80, 0, 0, 0, 2>>, <<131, 80, 0, 0>>,
     <<131, 80, 0, 0, 0, 9, (zlib:compress(<<131, 97, 1, 1, 1, 1, 1, 1, 1>>))/binary>>,
     <<131, 80, 0, 0, 0, 9, (zlib:compress(<<80, 0, 0, 0, 1, 1, 1, 1, 1>>))/binary>>,
     <<131, 80, 0, 1, 0, 0, (zlib:compress(binary:copy(<<0>>, 1 bsl 20)))/binary>>,
     <<131, 80, 0, 16, 0, 0, (zlib:compress(<<107, 255, 255, (binary:copy(<<1>>, 65535))/binary, 0:(1048576 - 65538)/unit:8>>))/binary>>].

%% Erl's own encodings, broken in the ways a bad peer or a bad disk breaks them.
mutated_inputs(Terms, Count) ->
    Small = [B || T <- Terms, B <- [term_to_binary(T), term_to_binary(T, [compressed])], byte_size(B) < 2000],
    [mutate(pick(Small)) || _ <- lists:seq(1, Count)].

mutate(B) ->
    Size = byte_size(B),
    At = rand:uniform(Size) - 1,
    <<Before:At/binary, Byte, After/binary>> = B,
    case rand:uniform(5) of
        1 -> binary:part(B, 0, At);
        2 -> <<Before/binary, (Byte bxor (1 bsl (rand:uniform(8) - 1))), After/binary>>;
        3 -> <<Before/binary, (pick([70, 77, 80, 88, 89, 90, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106,
                                     107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 0, 255])),
               After/binary>>;
        4 -> <<Before/binary, (pick([0, 255, 128, 1])), After/binary>>;
        5 -> <<B/binary, (rand:bytes(rand:uniform(4)))/binary>>
    end.
