-module(bs_guards).
-export([run/1]).

%% Binary BIFs and construction inside guards fail the guard instead of raising.
run(N) ->
    B = list_to_binary(lists:seq(1, N)),
    [size_class(B), size_class(N), part(B), bits(<<N:N>>), build(N), build(a), build(-N), tail(B)].

size_class(B) when byte_size(B) > 3 -> big;
size_class(B) when bit_size(B) =:= 0 -> empty;
size_class(B) when is_binary(B) -> small;
size_class(_) -> not_binary.

part(B) when binary_part(B, 1, 2) =:= <<2, 3>> -> starts_1_2_3;
part(B) when byte_size(B) > 0, binary_part(B, {byte_size(B), -1}) =:= <<1>> -> one;
part(_) -> other.

bits(B) when bit_size(B) rem 8 =/= 0 -> {unaligned, bit_size(B)};
bits(B) -> {aligned, byte_size(B)}.

build(X) when is_binary(<<X:8>>) -> {byte, X};
build(X) when is_bitstring(<<X:(abs(X))>>) -> {bits, X};
build(_) -> no.

tail(<<_, Rest/binary>>) when byte_size(Rest) >= 2 -> tail(Rest);
tail(B) -> B.
