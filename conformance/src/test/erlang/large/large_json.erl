-module(large_json).
-export([main/0]).
%% A JSON encoder and decoder (maps for objects, lists for arrays, binaries for strings),
%% round-tripping a document and printing both the text and the decoded terms.

main() ->
    Doc = #{<<"name">> => <<"jbeam">>,
            <<"version">> => 1.5,
            <<"tags">> => [<<"vm">>, <<"erlang">>, <<"java">>],
            <<"stable">> => false,
            <<"owner">> => null,
            <<"stats">> => #{<<"stars">> => 1234, <<"ratio">> => -0.25, <<"big">> => 12345678901234567890},
            <<"escape">> => <<"quote \" backslash \\ newline \n tab \t unicode é"/utf8>>,
            <<"nested">> => [[1, 2, [3, [4, []]]], #{}, #{<<"k">> => [true, false, null]}]},
    Text = iolist_to_binary(encode(Doc)),
    io:format("~s~n", [Text]),
    Decoded = decode(Text),
    io:format("~p~n", [Decoded]),
    io:format("round trip: ~p~n", [Decoded =:= Doc]),
    Samples = [<<"  [1, -2.5e3, 0.125, \"a\\u00e9\\n\", {\"x\": {}}]  ">>,
               <<"{\"a\":[],\"b\":[{}],\"c\":\"\\ud83d\\ude00\"}">>,
               <<"123">>, <<"\"just a string\"">>, <<"[1, 2,]">>, <<"{\"a\" 1}">>, <<"nul">>],
    [io:format("~p~n", [catch decode(S)]) || S <- Samples],
    Big = [#{<<"id">> => N, <<"sq">> => N * N, <<"name">> => integer_to_binary(N, 36)} || N <- lists:seq(1, 300)],
    BigText = iolist_to_binary(encode(Big)),
    io:format("~p ~p~n", [byte_size(BigText), erlang:crc32(BigText)]),
    io:format("~p~n", [decode(BigText) =:= Big]).

%% ---- encoder ----
encode(null) -> <<"null">>;
encode(true) -> <<"true">>;
encode(false) -> <<"false">>;
encode(N) when is_integer(N) -> integer_to_binary(N);
encode(F) when is_float(F) -> float_to_binary(F, [short]);
encode(B) when is_binary(B) -> [$", escape(B), $"];
encode(L) when is_list(L) -> [$[, join([encode(E) || E <- L]), $]];
encode(M) when is_map(M) ->
    Pairs = [[encode(K), $:, encode(V)] || {K, V} <- lists:sort(maps:to_list(M))],
    [${, join(Pairs), $}].

join([]) -> [];
join([H | T]) -> [H | [[$,, X] || X <- T]].

escape(B) -> [esc(C) || C <- unicode:characters_to_list(B)].
esc($") -> <<"\\\"">>;
esc($\\) -> <<"\\\\">>;
esc($\n) -> <<"\\n">>;
esc($\t) -> <<"\\t">>;
esc(C) when C < 32 -> io_lib:format("\\u~4.16.0b", [C]);
esc(C) -> <<C/utf8>>.

%% ---- decoder ----
decode(Bin) ->
    {V, Rest} = value(ws(Bin)),
    case ws(Rest) of
        <<>> -> V;
        Trailing -> throw({trailing, Trailing})
    end.

ws(<<C, R/binary>>) when C =:= $\s; C =:= $\n; C =:= $\t; C =:= $\r -> ws(R);
ws(B) -> B.

value(<<"null", R/binary>>) -> {null, R};
value(<<"true", R/binary>>) -> {true, R};
value(<<"false", R/binary>>) -> {false, R};
value(<<$", R/binary>>) -> string(R, []);
value(<<$[, R/binary>>) -> array(ws(R), []);
value(<<${, R/binary>>) -> object(ws(R), #{});
value(<<C, _/binary>> = B) when C =:= $-; C >= $0, C =< $9 -> number(B);
value(B) -> throw({unexpected, B}).

array(<<$], R/binary>>, []) -> {[], R};
array(B, Acc) ->
    {V, R} = value(ws(B)),
    case ws(R) of
        <<$,, R2/binary>> -> array(ws(R2), [V | Acc]);
        <<$], R2/binary>> -> {lists:reverse([V | Acc]), R2};
        Other -> throw({bad_array, Other})
    end.

object(<<$}, R/binary>>, M) when map_size(M) =:= 0 -> {M, R};
object(<<$", B/binary>>, M) ->
    {K, R} = string(B, []),
    case ws(R) of
        <<$:, R2/binary>> ->
            {V, R3} = value(ws(R2)),
            case ws(R3) of
                <<$,, R4/binary>> -> object(ws(R4), M#{K => V});
                <<$}, R4/binary>> -> {M#{K => V}, R4};
                Other -> throw({bad_object, Other})
            end;
        Other -> throw({expected_colon, Other})
    end;
object(B, _) -> throw({bad_key, B}).

string(<<$", R/binary>>, Acc) -> {unicode:characters_to_binary(lists:reverse(Acc)), R};
string(<<$\\, $u, H:4/binary, $\\, $u, L:4/binary, R/binary>>, Acc)
  when H >= <<"d800">>, H =< <<"dbff">> ->
    Hi = binary_to_integer(H, 16), Lo = binary_to_integer(L, 16),
    string(R, [16#10000 + ((Hi - 16#D800) bsl 10) + (Lo - 16#DC00) | Acc]);
string(<<$\\, $u, H:4/binary, R/binary>>, Acc) -> string(R, [binary_to_integer(H, 16) | Acc]);
string(<<$\\, C, R/binary>>, Acc) -> string(R, [unesc(C) | Acc]);
string(<<C/utf8, R/binary>>, Acc) -> string(R, [C | Acc]).

unesc($n) -> $\n;
unesc($t) -> $\t;
unesc($r) -> $\r;
unesc($b) -> $\b;
unesc($f) -> $\f;
unesc(C) -> C.

number(B) ->
    {Text, R} = take_number(B, []),
    V = case lists:any(fun(C) -> lists:member(C, ".eE") end, Text) of
            true -> to_float(Text);
            false -> list_to_integer(Text)
        end,
    {V, R}.

to_float(T) ->
    T1 = case lists:member($., T) of
             true -> T;
             false -> {Mant, Exp} = lists:splitwith(fun(C) -> C =/= $e andalso C =/= $E end, T), Mant ++ ".0" ++ Exp
         end,
    list_to_float(T1).

take_number(<<C, R/binary>>, Acc) when C >= $0, C =< $9; C =:= $-; C =:= $+; C =:= $.; C =:= $e; C =:= $E ->
    take_number(R, [C | Acc]);
take_number(R, Acc) -> {lists:reverse(Acc), R}.
