%% Test oracle for jbeam's BEAM loader: for every .beam file listed (one path per line in
%% ListFile), writes what OTP's own beam_lib and beam_disasm say about it to OutFile as
%% compact text, one "key value..." line per fact. Atoms and names are hex-encoded UTF-8
%% so the Java side can split on spaces.
-module(beam_oracle).
-export([main/1]).

main([ListFile, OutFile]) ->
    {ok, Bin} = file:read_file(ListFile),
    Files = [binary_to_list(L) || L <- binary:split(Bin, <<"\n">>, [global]), L =/= <<>>],
    {ok, Out} = file:open(OutFile, [write, raw, binary, delayed_write]),
    lists:foreach(fun(F) -> ok = file:write(Out, dump(F)) end, Files),
    ok = file:close(Out),
    halt(0).

dump(F) ->
    {ok, Module, Chunks} = beam_lib:all_chunks(F),
    {ok, {_, [{atoms, Atoms}, {labeled_exports, Exports}, {imports, Imports}, {labeled_locals, Locals}]}} =
        beam_lib:chunks(F, [atoms, labeled_exports, imports, labeled_locals]),
    {ok, {_, Md5}} = beam_lib:md5(F),
    {beam_file, _, _, _, _, Functions} = beam_disasm:file(F),
    [line("file", [F]),
     line("module", [hex(Module)]),
     line("md5", [hexbin(Md5)]),
     line("chunks", [[Id, "/", int(byte_size(D))] || {Id, D} <- Chunks]),
     line("atoms", [hex(A) || {_, A} <- lists:keysort(1, Atoms)]),
     line("exports", sorted([fa(Fn, A, L) || {Fn, A, L} <- Exports])),
     line("locals", sorted([fa(Fn, A, L) || {Fn, A, L} <- Locals])),
     line("imports", sorted([[hex(M), ":", hex(Fn), "/", int(A)] || {M, Fn, A} <- Imports])),
     line("literals", literals(proplists:get_value("LitT", Chunks))),
     line("lines", lines(proplists:get_value("Line", Chunks))),
     line("funs", funs(proplists:get_value("FunT", Chunks), Atoms)),
     line("functions", [fa(Fn, A, E) || {function, Fn, A, E, _} <- Functions]),
     line("code", [instr(I) || {function, _, _, _, Is} <- Functions, I <- Is])].

%% Literal count and the md5 of all literals' external-format bytes in order; every literal
%% must also be a valid term for the real binary_to_term.
literals(undefined) -> ["0", hexbin(erlang:md5(<<>>))];
literals(<<_Size:32, Compressed/binary>>) ->
    <<Count:32, Table/binary>> = zlib:uncompress(Compressed),
    Terms = split_literals(Table),
    [_ = binary_to_term(T) || T <- Terms],
    Count = length(Terms),
    [int(Count), hexbin(erlang:md5(Terms))].

split_literals(<<Size:32, Term:Size/binary, Rest/binary>>) -> [Term | split_literals(Rest)];
split_literals(<<>>) -> [].

lines(undefined) -> ["none"];
lines(<<0:32, _Flags:32, Instrs:32, Items:32, Names:32, _/binary>>) ->
    [int(Instrs), int(Items), int(Names)];
lines(_) -> ["none"].

funs(undefined, _) -> [];
funs(<<_Count:32, Table/binary>>, Atoms) ->
    [[hex(proplists:get_value(Fn, Atoms)), "/", int(A), "/", int(L), "/", int(Index), "/", int(Free), "/",
      int(OldUniq)]
     || <<Fn:32, A:32, L:32, Index:32, Free:32, OldUniq:32>> <= Table].

%% An instruction as beam_disasm resolves it: its name (a test's own name for {test,...}),
%% with the label number, func_info name or external callee where beam_disasm gives one.
instr({label, L}) -> ["label:", int(L)];
instr({func_info, {atom, M}, {atom, F}, A}) -> ["func_info:", hex(M), ":", hex(F), ":", int(A)];
instr({test, Name, _, _}) -> atom_to_list(Name);
instr({test, Name, _, _, _}) -> atom_to_list(Name);
instr({test, Name, _, _, _, _}) -> atom_to_list(Name);
instr({Call, _, {extfunc, M, F, A}}) -> [atom_to_list(Call), ":", hex(M), ":", hex(F), ":", int(A)];
instr({Call, _, {extfunc, M, F, A}, _}) -> [atom_to_list(Call), ":", hex(M), ":", hex(F), ":", int(A)];
instr(I) when is_atom(I) -> atom_to_list(I);
instr(I) when is_tuple(I) -> atom_to_list(element(1, I)).

%% Sorted as text, so the order does not depend on how either side orders atoms.
sorted(Tokens) -> lists:sort([lists:flatten(T) || T <- Tokens]).

fa(F, A, L) -> [hex(F), "/", int(A), "/", int(L)].

line(Key, Values) -> [Key, [[" ", V] || V <- Values], "\n"].

int(N) -> integer_to_list(N).

hex(Atom) when is_atom(Atom) -> hexbin(atom_to_binary(Atom, utf8)).

hexbin(<<>>) -> "-";
hexbin(Bin) -> [io_lib:format("~2.16.0b", [B]) || <<B>> <= Bin].
