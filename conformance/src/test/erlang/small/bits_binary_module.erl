-module(bits_binary_module).
-export([main/0]).
main() ->
    B = <<"the quick brown fox jumps over the lazy dog">>,
    io:format("~p~n", [binary:split(B, <<" ">>)]),
    io:format("~p~n", [binary:split(B, <<" ">>, [global])]),
    io:format("~p~n", [binary:match(B, <<"fox">>)]),
    io:format("~p~n", [binary:matches(B, [<<"the">>, <<"o">>])]),
    io:format("~p~n", [binary:replace(B, <<"the">>, <<"THE">>, [global])]),
    io:format("~p~n", [binary:part(B, 4, 5)]),
    io:format("~p~n", [binary:first(B)]),
    io:format("~p~n", [binary:last(B)]),
    io:format("~p~n", [binary:at(B, 10)]),
    io:format("~p~n", [binary:copy(<<"ab">>, 3)]),
    io:format("~p~n", [binary:decode_unsigned(<<1, 0, 0>>)]),
    io:format("~p~n", [binary:encode_unsigned(65536, little)]),
    io:format("~p~n", [binary:longest_common_prefix([<<"prefix1">>, <<"prefix22">>, <<"pre">>])]),
    io:format("~p~n", [binary:longest_common_suffix([<<"abcxyz">>, <<"xyz">>])]),
    io:format("~p~n", [binary:bin_to_list(<<"abc">>)]),
    io:format("~p~n", [binary:list_to_bin([1, 2, "x"])]),
    io:format("~p~n", [binary:split(<<"a,b,,c,">>, <<",">>, [global, trim_all])]),
    io:format("~p~n", [binary:replace(<<"aXbXc">>, <<"X">>, <<"[]">>, [global, {insert_replaced, 1}])]).
