%% A realistic mixed program: a JSON encoder and decoder written in plain Erlang (maps with
%% binary keys, lists, binaries with escapes, integers, floats, true/false/null), round-tripping
%% a document of Size user records. Strings, binaries, maps, recursion and integer/float
%% conversion all take part.
-module(bench_json).
-export([run/1, default_size/0, quick_size/0, encode/1, decode/1]).

default_size() -> 2000.
quick_size() -> 400.

run(N) ->
    Document = #{<<"users">> => [user(I) || I <- lists:seq(1, N)], <<"count">> => N,
                 <<"source">> => <<"jbeam \"bench\"\n\tjson">>},
    Encoded = iolist_to_binary(encode(Document)),
    Decoded = decode(Encoded),
    {byte_size(Encoded), erlang:crc32(Encoded), Decoded =:= Document}.

user(I) ->
    #{<<"id">> => I, <<"name">> => iolist_to_binary(["user-", integer_to_list(I)]),
      <<"score">> => I / 4, <<"active">> => I rem 3 =:= 0, <<"manager">> => null,
      <<"tags">> => [<<"t", (integer_to_binary(T))/binary>> || T <- lists:seq(0, I rem 4)],
      <<"address">> => #{<<"street">> => <<"Main \\ Street">>, <<"number">> => I rem 200}}.

%% Encoding: an iolist; map keys in sorted order so the text is canonical.
encode(Map) when is_map(Map) ->
    Pairs = [[encode_string(K), $:, encode(V)] || {K, V} <- lists:sort(maps:to_list(Map))],
    [${, join(Pairs), $}];
encode(List) when is_list(List) -> [$[, join([encode(V) || V <- List]), $]];
encode(true) -> <<"true">>;
encode(false) -> <<"false">>;
encode(null) -> <<"null">>;
encode(Int) when is_integer(Int) -> integer_to_binary(Int);
encode(Float) when is_float(Float) -> float_to_binary(Float, [{decimals, 6}, compact]);
encode(Binary) when is_binary(Binary) -> encode_string(Binary).

join([]) -> [];
join([First | Rest]) -> [First | [[$, | Item] || Item <- Rest]].

encode_string(Binary) -> [$", escape(Binary, <<>>), $"].

escape(<<$", Rest/binary>>, Acc) -> escape(Rest, <<Acc/binary, "\\\"">>);
escape(<<$\\, Rest/binary>>, Acc) -> escape(Rest, <<Acc/binary, "\\\\">>);
escape(<<$\n, Rest/binary>>, Acc) -> escape(Rest, <<Acc/binary, "\\n">>);
escape(<<$\t, Rest/binary>>, Acc) -> escape(Rest, <<Acc/binary, "\\t">>);
escape(<<C, Rest/binary>>, Acc) -> escape(Rest, <<Acc/binary, C>>);
escape(<<>>, Acc) -> Acc.

%% Decoding: a recursive-descent parser returning {Value, Rest}.
decode(Binary) ->
    {Value, Rest} = value(skip(Binary)),
    <<>> = skip(Rest),
    Value.

value(<<${, Rest/binary>>) -> object(skip(Rest), #{});
value(<<$[, Rest/binary>>) -> array(skip(Rest), []);
value(<<$", Rest/binary>>) -> string(Rest, <<>>);
value(<<"true", Rest/binary>>) -> {true, Rest};
value(<<"false", Rest/binary>>) -> {false, Rest};
value(<<"null", Rest/binary>>) -> {null, Rest};
value(Binary) -> number(Binary, <<>>).

object(<<$}, Rest/binary>>, Map) -> {Map, Rest};
object(<<$", Rest/binary>>, Map) ->
    {Key, AfterKey} = string(Rest, <<>>),
    <<$:, AfterColon/binary>> = skip(AfterKey),
    {Value, AfterValue} = value(skip(AfterColon)),
    case skip(AfterValue) of
        <<$,, More/binary>> -> object(skip(More), Map#{Key => Value});
        <<$}, More/binary>> -> {Map#{Key => Value}, More}
    end.

array(<<$], Rest/binary>>, []) -> {[], Rest};
array(Binary, Acc) ->
    {Value, AfterValue} = value(Binary),
    case skip(AfterValue) of
        <<$,, More/binary>> -> array(skip(More), [Value | Acc]);
        <<$], More/binary>> -> {lists:reverse([Value | Acc]), More}
    end.

string(<<$", Rest/binary>>, Acc) -> {Acc, Rest};
string(<<$\\, $n, Rest/binary>>, Acc) -> string(Rest, <<Acc/binary, $\n>>);
string(<<$\\, $t, Rest/binary>>, Acc) -> string(Rest, <<Acc/binary, $\t>>);
string(<<$\\, C, Rest/binary>>, Acc) -> string(Rest, <<Acc/binary, C>>);
string(<<C, Rest/binary>>, Acc) -> string(Rest, <<Acc/binary, C>>).

number(<<C, Rest/binary>>, Acc) when C >= $0, C =< $9; C =:= $-; C =:= $.; C =:= $e; C =:= $+ ->
    number(Rest, <<Acc/binary, C>>);
number(Rest, Acc) ->
    case binary:match(Acc, [<<".">>, <<"e">>]) of
        nomatch -> {binary_to_integer(Acc), Rest};
        _ -> {binary_to_float(Acc), Rest}
    end.

skip(<<C, Rest/binary>>) when C =:= $\s; C =:= $\n; C =:= $\t; C =:= $\r -> skip(Rest);
skip(Binary) -> Binary.
