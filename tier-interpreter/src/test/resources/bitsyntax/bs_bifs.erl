-module(bs_bifs).
-export([run/1, bad/1, bitstrings/1]).

bad(N) -> try bad_call(N) catch C:R -> {C, R} end.

run(N) ->
    B = list_to_binary([lists:seq(1, N), <<"xyz">>, [[N], <<>>] | <<"tail">>]),
    {B, byte_size(B), bit_size(B), byte_size(<<N:9>>), bit_size(<<N:9>>),
     binary_part(B, 2, 3), binary_part(B, {byte_size(B), -4}), binary:part(B, 1, 1), binary:part(B, {0, 2}),
     split_binary(B, 3), binary_to_list(B), binary_to_list(B, 2, 4), iolist_to_binary([B, "!", [$a | <<"b">>]]),
     iolist_size([B, [1, [2, <<3, 4>>]]]), iolist_to_binary(B), bitstring_to_list(<<N:12>>),
     list_to_bitstring([<<1:3>>, <<N:5>>, 9])}.

bad_call(1) -> binary_part(<<1, 2, 3>>, 2, 5);
bad_call(2) -> binary_part(<<1, 2, 3>>, -1, 1);
bad_call(3) -> list_to_binary([256]);
bad_call(4) -> list_to_binary([<<1:3>>]);
bad_call(5) -> iolist_size([a]);
bad_call(6) -> binary_to_list(<<1:3>>);
bad_call(7) -> split_binary(<<1, 2>>, 3);
bad_call(8) -> binary_to_list(<<1, 2, 3>>, 3, 2);
bad_call(9) -> byte_size(a);
bad_call(10) -> list_to_binary(<<1>>);
bad_call(11) -> iolist_to_binary([1 | 2]);
bad_call(12) -> binary_part(<<1:12>>, 0, 1);
bad_call(13) -> bit_size([]);
bad_call(14) -> binary:part(<<1, 2>>, {1, 2}).

%% binary_part, binary:part, split_binary and binary_to_list/3 take the whole bytes of a bitstring.
bitstrings(N) ->
    B = <<1, 2, N:4>>,
    [try F() catch C:R -> {C, R} end || F <- [fun() -> split_binary(B, 1) end, fun() -> split_binary(B, 2) end,
                                              fun() -> binary_part(B, 0, 1) end, fun() -> binary_part(B, 2, 1) end,
                                              fun() -> binary_part(B, 2, 0) end, fun() -> binary_part(B, {2, -1}) end,
                                              fun() -> binary:part(B, 0, 1) end, fun() -> binary_to_list(B, 1, 2) end,
                                              fun() -> binary_to_list(B, 2, 3) end, fun() -> binary_to_list(B) end,
                                              fun() -> byte_size(B) end, fun() -> iolist_to_binary(B) end,
                                              fun() -> list_to_bitstring(B) end, fun() -> bitstring_to_list(<<>>) end]].
