-module(large_huffman).
-export([main/0]).
%% Huffman coding: frequency count, tree built with a priority queue (gb_sets), canonical
%% code table, encoding to a bitstring, decoding back, and compression figures.

main() ->
    Texts = [<<"abracadabra">>,
             <<"this is an example of a huffman tree">>,
             list_to_binary(lists:flatten(lists:duplicate(40, "the rain in spain stays mainly in the plain. "))),
             <<"aaaaaaaaaa">>],
    lists:foreach(fun run/1, Texts).

run(Text) ->
    Freq = freq(Text),
    Tree = build(Freq),
    Codes = lists:sort(codes(Tree)),
    io:format("text ~w bytes, ~w symbols~n", [byte_size(Text), length(Freq)]),
    [io:format("  ~s ~4w ~s~n", [show(S), proplists:get_value(S, Freq), [$0 + B || <<B:1>> <= C]])
     || {S, C} <- lists:sublist(Codes, 8)],
    Encoded = encode(Text, maps:from_list(Codes)),
    io:format("  encoded ~w bits (~.3f bits/symbol)~n", [bit_size(Encoded), bit_size(Encoded) / byte_size(Text)]),
    Decoded = decode(Encoded, Tree, Tree, []),
    io:format("  round trip ~p, crc ~w~n", [Decoded =:= Text, erlang:crc32(Decoded)]).

show($\s) -> "' '";
show(C) -> [$', C, $'].

freq(Bin) ->
    M = lists:foldl(fun(C, Acc) -> maps:update_with(C, fun(N) -> N + 1 end, 1, Acc) end, #{}, binary_to_list(Bin)),
    lists:sort(maps:to_list(M)).

%% Queue entries {Weight, Seq, Tree}; Seq breaks ties deterministically.
build([{S, _}]) -> {leaf, S};
build(Freq) ->
    Q = gb_sets:from_list([{W, I, {leaf, S}} || {I, {S, W}} <- lists:zip(lists:seq(1, length(Freq)), Freq)]),
    merge(Q, length(Freq) + 1).
merge(Q, Seq) ->
    case gb_sets:size(Q) of
        1 -> {_, _, T} = gb_sets:smallest(Q), T;
        _ ->
            {{W1, _, T1}, Q1} = gb_sets:take_smallest(Q),
            {{W2, _, T2}, Q2} = gb_sets:take_smallest(Q1),
            merge(gb_sets:add({W1 + W2, Seq, {node, T1, T2}}, Q2), Seq + 1)
    end.

codes({leaf, S}) -> [{S, <<0:1>>}];
codes(T) -> codes(T, <<>>).
codes({leaf, S}, Prefix) -> [{S, Prefix}];
codes({node, L, R}, Prefix) -> codes(L, <<Prefix/bits, 0:1>>) ++ codes(R, <<Prefix/bits, 1:1>>).

encode(Text, Codes) -> << <<(maps:get(C, Codes))/bits>> || <<C>> <= Text >>.

decode(<<>>, _, _, Acc) -> list_to_binary(lists:reverse(Acc));
decode(Bits, {leaf, S}, {leaf, S}, Acc) -> <<_:1, Rest/bits>> = Bits, decode(Rest, {leaf, S}, {leaf, S}, [S | Acc]);
decode(<<B:1, Rest/bits>>, {node, L, R}, Root, Acc) ->
    case if B =:= 0 -> L; true -> R end of
        {leaf, S} -> decode(Rest, Root, Root, [S | Acc]);
        Next -> decode(Rest, Next, Root, Acc)
    end.
