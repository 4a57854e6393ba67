-module(bits_get_integer_sizes).
-export([main/0]).
%% Integer fields of every width from 1 to 70 bits, read back from the same bits.
main() ->
    Bin = << <<(N * 7919):N>> || N <- lists:seq(1, 70) >>,
    io:format("~w~n", [bit_size(Bin)]),
    io:format("~w~n", [read(Bin, 1)]).
read(<<>>, _) -> [];
read(Bin, N) -> <<V:N, Rest/bits>> = Bin, [V | read(Rest, N + 1)].
