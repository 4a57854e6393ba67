-module(large_protocol_parser).
-export([main/0]).
%% A binary protocol: length-prefixed frames carrying typed TLV fields, with a checksum.
%% Messages are encoded, concatenated, split at awkward places (streaming), decoded
%% incrementally, and verified.

main() ->
    Msgs = [{login, #{user => <<"ann">>, token => 16#DEADBEEF, flags => [admin, beta]}},
            {chat, #{from => 1, to => 2, text => <<"hello there ✓"/utf8>>}},
            {move, #{x => -120, y => 3000, z => 0.5}},
            {batch, #{items => [1, 2, 3, 1 bsl 40, -1]}},
            {logout, #{}}],
    Frames = [encode(M) || M <- Msgs],
    [io:format("~w bytes: ~w~n", [byte_size(F), F]) || F <- lists:sublist(Frames, 2)],
    Stream = iolist_to_binary(Frames),
    io:format("stream ~w bytes, crc ~w~n", [byte_size(Stream), erlang:crc32(Stream)]),
    Chunks = chop(Stream, [1, 7, 3, 20, 2, 50, 5, 1000]),
    io:format("chunks ~w~n", [[byte_size(C) || C <- Chunks]]),
    {Decoded, <<>>} = lists:foldl(fun(C, {Acc, Buf}) -> feed(<<Buf/binary, C/binary>>, Acc) end, {[], <<>>}, Chunks),
    Out = lists:reverse(Decoded),
    [io:format("~p~n", [M]) || M <- Out],
    io:format("all equal: ~p~n", [Out =:= Msgs]),
    Bad = corrupt(hd(Frames)),
    io:format("~p~n", [catch feed(Bad, [])]),
    io:format("~p~n", [feed(<<0, 0, 0, 9, 1, 2>>, [])]).

-define(T_INT, 1).
-define(T_BIN, 2).
-define(T_FLOAT, 3).
-define(T_ATOM, 4).
-define(T_LIST, 5).

encode({Type, Fields}) ->
    Body = [field(K, V) || {K, V} <- lists:sort(maps:to_list(Fields))],
    TypeBin = atom_to_binary(Type),
    Payload = iolist_to_binary([byte_size(TypeBin), TypeBin, length(Body) | Body]),
    <<(byte_size(Payload) + 4):32, (erlang:crc32(Payload)):32, Payload/binary>>.

field(K, V) ->
    KB = atom_to_binary(K),
    [byte_size(KB), KB, value(V)].

value(I) when is_integer(I) ->
    B = binary:encode_unsigned(abs(I)),
    <<?T_INT, (sign(I)), (byte_size(B)), B/binary>>;
value(B) when is_binary(B) -> <<?T_BIN, (byte_size(B)):16, B/binary>>;
value(F) when is_float(F) -> <<?T_FLOAT, F/float>>;
value(A) when is_atom(A) -> AB = atom_to_binary(A), <<?T_ATOM, (byte_size(AB)), AB/binary>>;
value(L) when is_list(L) -> iolist_to_binary([?T_LIST, length(L) | [value(E) || E <- L]]).

sign(I) when I < 0 -> 1;
sign(_) -> 0.

feed(<<Len:32, Rest/binary>> = Buf, Acc) when byte_size(Rest) >= Len ->
    <<Crc:32, Payload:(Len - 4)/binary, Tail/binary>> = Rest,
    case erlang:crc32(Payload) of
        Crc -> feed(Tail, [decode(Payload) | Acc]);
        Other -> throw({bad_crc, Crc, Other, byte_size(Buf)})
    end;
feed(Buf, Acc) -> {Acc, Buf}.

decode(<<TL, Type:TL/binary, N, Rest/binary>>) ->
    {Fields, <<>>} = fields(N, Rest, #{}),
    {binary_to_atom(Type), Fields}.

fields(0, Rest, Acc) -> {Acc, Rest};
fields(N, <<KL, K:KL/binary, Rest/binary>>, Acc) ->
    {V, Rest2} = dvalue(Rest),
    fields(N - 1, Rest2, Acc#{binary_to_atom(K) => V}).

dvalue(<<?T_INT, S, L, B:L/binary, R/binary>>) ->
    V = binary:decode_unsigned(B),
    {case S of 1 -> -V; 0 -> V end, R};
dvalue(<<?T_BIN, L:16, B:L/binary, R/binary>>) -> {B, R};
dvalue(<<?T_FLOAT, F/float, R/binary>>) -> {F, R};
dvalue(<<?T_ATOM, L, A:L/binary, R/binary>>) -> {binary_to_atom(A), R};
dvalue(<<?T_LIST, N, R/binary>>) -> list_values(N, R, []).

list_values(0, R, Acc) -> {lists:reverse(Acc), R};
list_values(N, R, Acc) -> {V, R2} = dvalue(R), list_values(N - 1, R2, [V | Acc]).

chop(<<>>, _) -> [];
chop(B, [N | Ns]) when byte_size(B) =< N -> [B | chop(<<>>, Ns)];
chop(B, [N | Ns]) -> <<H:N/binary, T/binary>> = B, [H | chop(T, Ns ++ [N])].

corrupt(<<Head:10/binary, X, Tail/binary>>) -> <<Head/binary, (X bxor 1), Tail/binary>>.
