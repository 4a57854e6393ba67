-module(maps_equality_hash).
-export([main/0]).
main() ->
    A = maps:from_list([{N, x} || N <- lists:seq(1, 50)]),
    B = lists:foldl(fun(N, M) -> M#{N => x} end, #{}, lists:reverse(lists:seq(1, 50))),
    io:format("~p ~p~n", [A =:= B, erlang:phash2(A) =:= erlang:phash2(B)]),
    io:format("~p~n", [#{a => 1, b => 2} =:= #{b => 2, a => 1}]),
    io:format("~p~n", [term_to_binary(#{a => 1, b => 2}) =:= term_to_binary(#{b => 2, a => 1})]),
    io:format("~p~n", [erlang:phash2(#{k => [1, 2]})]).
