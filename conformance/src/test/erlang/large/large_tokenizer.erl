-module(large_tokenizer).
-export([main/0]).
%% A regex-free tokenizer for a C-like language over a binary: identifiers, keywords,
%% integers (decimal, hex), floats, strings with escapes, char literals, comments and
%% multi-character operators, with line and column numbers and error recovery.

main() ->
    Src = <<"/* sample */\n"
            "int main(void) {\n"
            "    unsigned x = 0x1F + 42; // answer\n"
            "    float y = 3.25e-2 * x;\n"
            "    char *s = \"tab\\there \\\"q\\\"\";\n"
            "    if (x >= 10 && y != 0.5 || !done) { x <<= 2; x->next++; }\n"
            "    return x == 'a' ? -1 : x % 3;\n"
            "    @ bad # chars\n"
            "}\n">>,
    Toks = tokenize(Src),
    [io:format("~3w:~-3w ~-8w ~p~n", [L, C, Kind, Val]) || {Kind, Val, L, C} <- Toks],
    Counts = lists:foldl(fun({K, _, _, _}, M) -> maps:update_with(K, fun(N) -> N + 1 end, 1, M) end, #{}, Toks),
    io:format("~p~n", [lists:sort(maps:to_list(Counts))]),
    Big = iolist_to_binary(lists:duplicate(200, <<"a1 = b2 * (c3 + 0x10) / 4.5; // c\n">>)),
    BigToks = tokenize(Big),
    io:format("big: ~w tokens, last ~p~n", [length(BigToks), lists:last(BigToks)]).

-define(KEYWORDS, [<<"int">>, <<"float">>, <<"char">>, <<"unsigned">>, <<"void">>, <<"if">>, <<"else">>, <<"return">>, <<"while">>]).
-define(OPS3, [<<"<<=">>, <<">>=">>]).
-define(OPS2, [<<"==">>, <<"!=">>, <<"<=">>, <<">=">>, <<"&&">>, <<"||">>, <<"++">>, <<"--">>, <<"->">>, <<"<<">>, <<">>">>, <<"+=">>, <<"-=">>]).

tokenize(Bin) -> lists:reverse(tok(Bin, 1, 1, [])).

tok(<<>>, _, _, Acc) -> Acc;
tok(<<$\n, R/binary>>, L, _, Acc) -> tok(R, L + 1, 1, Acc);
tok(<<C, R/binary>>, L, Col, Acc) when C =:= $\s; C =:= $\t -> tok(R, L, Col + 1, Acc);
tok(<<"//", R/binary>>, L, _, Acc) -> tok(skip_line(R), L + 1, 1, Acc);
tok(<<"/*", R/binary>>, L, Col, Acc) -> {R2, L2, C2} = skip_block(R, L, Col + 2), tok(R2, L2, C2, Acc);
tok(<<"0x", R/binary>>, L, Col, Acc) ->
    {Digits, R2} = take(R, fun is_hex/1),
    tok(R2, L, Col + 2 + byte_size(Digits), [{int, binary_to_integer(Digits, 16), L, Col} | Acc]);
tok(<<C, _/binary>> = B, L, Col, Acc) when C >= $0, C =< $9 ->
    {Text, R2} = number(B),
    Val = case binary:match(Text, [<<".">>, <<"e">>]) of
              nomatch -> {int, binary_to_integer(Text)};
              _ -> {float, binary_to_float(Text)}
          end,
    tok(R2, L, Col + byte_size(Text), [erlang:append_element(erlang:append_element(Val, L), Col) | Acc]);
tok(<<C, _/binary>> = B, L, Col, Acc) when C >= $a, C =< $z; C >= $A, C =< $Z; C =:= $_ ->
    {Word, R2} = take(B, fun is_ident/1),
    Kind = case lists:member(Word, ?KEYWORDS) of true -> keyword; false -> ident end,
    tok(R2, L, Col + byte_size(Word), [{Kind, binary_to_atom(Word), L, Col} | Acc]);
tok(<<$", R/binary>>, L, Col, Acc) ->
    {Str, Len, R2} = string(R, [], 1),
    tok(R2, L, Col + Len, [{string, Str, L, Col} | Acc]);
tok(<<$', Ch, $', R/binary>>, L, Col, Acc) -> tok(R, L, Col + 3, [{char, Ch, L, Col} | Acc]);
tok(<<Op:3/binary, R/binary>>, L, Col, Acc) when Op =:= <<"<<=">>; Op =:= <<">>=">> ->
    tok(R, L, Col + 3, [{op, binary_to_atom(Op), L, Col} | Acc]);
tok(<<Op:2/binary, R/binary>> = B, L, Col, Acc) ->
    case lists:member(Op, ?OPS2) of
        true -> tok(R, L, Col + 2, [{op, binary_to_atom(Op), L, Col} | Acc]);
        false -> single(B, L, Col, Acc)
    end;
tok(B, L, Col, Acc) -> single(B, L, Col, Acc).

single(<<C, R/binary>>, L, Col, Acc) ->
    case lists:member(C, "+-*/%=<>!&|^~?:;,.(){}[]") of
        true -> tok(R, L, Col + 1, [{op, list_to_atom([C]), L, Col} | Acc]);
        false -> tok(R, L, Col + 1, [{error, [C], L, Col} | Acc])
    end.

skip_line(<<$\n, R/binary>>) -> R;
skip_line(<<_, R/binary>>) -> skip_line(R);
skip_line(<<>>) -> <<>>.

skip_block(<<"*/", R/binary>>, L, C) -> {R, L, C + 2};
skip_block(<<$\n, R/binary>>, L, _) -> skip_block(R, L + 1, 1);
skip_block(<<_, R/binary>>, L, C) -> skip_block(R, L, C + 1).

take(B, Pred) -> take(B, Pred, 0).
take(B, Pred, N) ->
    case B of
        <<_:N/binary, C, _/binary>> -> case Pred(C) of true -> take(B, Pred, N + 1); false -> split_binary(B, N) end;
        _ -> split_binary(B, N)
    end.

number(B) ->
    {Int, R} = take(B, fun is_digit/1),
    case R of
        <<$., D, _/binary>> when D >= $0, D =< $9 ->
            <<_, R1/binary>> = R,
            {Frac, R2} = take(R1, fun is_digit/1),
            {Exp, R3} = exponent(R2),
            {<<Int/binary, $., Frac/binary, Exp/binary>>, R3};
        _ -> {Int, R}
    end.
exponent(<<$e, $-, R/binary>>) -> {D, R2} = take(R, fun is_digit/1), {<<"e-", D/binary>>, R2};
exponent(<<$e, R/binary>>) -> {D, R2} = take(R, fun is_digit/1), {<<"e", D/binary>>, R2};
exponent(R) -> {<<>>, R}.

string(<<$", R/binary>>, Acc, Len) -> {list_to_binary(lists:reverse(Acc)), Len + 1, R};
string(<<$\\, $t, R/binary>>, Acc, Len) -> string(R, [$\t | Acc], Len + 2);
string(<<$\\, $n, R/binary>>, Acc, Len) -> string(R, [$\n | Acc], Len + 2);
string(<<$\\, C, R/binary>>, Acc, Len) -> string(R, [C | Acc], Len + 2);
string(<<C, R/binary>>, Acc, Len) -> string(R, [C | Acc], Len + 1).

is_digit(C) -> C >= $0 andalso C =< $9.
is_hex(C) -> is_digit(C) orelse (C >= $a andalso C =< $f) orelse (C >= $A andalso C =< $F).
is_ident(C) -> is_digit(C) orelse (C >= $a andalso C =< $z) orelse (C >= $A andalso C =< $Z) orelse C =:= $_.
