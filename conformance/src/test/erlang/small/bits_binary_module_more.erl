-module(bits_binary_module_more).
-export([main/0]).
main() ->
    CP = binary:compile_pattern([<<"ab">>, <<"cd">>]),
    io:format("~p~n", [binary:matches(<<"xxabyycdzzab">>, CP)]),
    io:format("~p~n", [binary:split(<<"1ab2cd3">>, CP, [global])]),
    io:format("~p~n", [binary:match(<<"hello">>, <<"l">>, [{scope, {3, 2}}])]),
    io:format("~p~n", [binary:decode_unsigned(<<1, 2>>, little)]),
    io:format("~p~n", [binary:encode_unsigned(1 bsl 70)]),
    io:format("~p~n", [binary:bin_to_list(<<"abcdef">>, {1, 3})]),
    io:format("~p~n", [binary:encode_hex(<<1, 171, 255>>)]),
    io:format("~p~n", [binary:decode_hex(<<"01abFF">>)]),
    io:format("~p~n", [try binary:at(<<1>>, id(5)) catch error:R -> R end]).
id(X) -> lists:last([X]).
