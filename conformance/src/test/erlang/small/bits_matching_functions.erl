-module(bits_matching_functions).
-export([main/0]).
%% Binary matching across function clauses (match contexts passed along).
main() ->
    io:format("~p~n", [words(<<"  split these   words  now ">>)]),
    io:format("~p~n", [count_bits(<<255, 7, 0, 128>>, 0)]),
    io:format("~p~n", [hex(<<1, 171, 205, 239>>)]).
words(Bin) -> words(Bin, <<>>, []).
words(<<>>, <<>>, Acc) -> lists:reverse(Acc);
words(<<>>, W, Acc) -> lists:reverse([W | Acc]);
words(<<$\s, Rest/binary>>, <<>>, Acc) -> words(Rest, <<>>, Acc);
words(<<$\s, Rest/binary>>, W, Acc) -> words(Rest, <<>>, [W | Acc]);
words(<<C, Rest/binary>>, W, Acc) -> words(Rest, <<W/binary, C>>, Acc).
count_bits(<<>>, N) -> N;
count_bits(<<B:1, Rest/bits>>, N) -> count_bits(Rest, N + B).
hex(Bin) -> << <<(hd(integer_to_list(N, 16)))>> || <<N:4>> <= Bin >>.
