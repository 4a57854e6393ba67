-module(maps_match_literal_keys).
-export([main/0]).
main() ->
    K = id(key),
    M = #{K => 1, {K, 2} => two, <<"b">> => bin},
    #{key := V1, {key, 2} := V2} = M,
    io:format("~p ~p~n", [V1, V2]),
    Key = <<"b">>,
    #{Key := V3} = M,
    io:format("~p~n", [V3]),
    io:format("~p~n", [[V || #{key := V} <- [M, #{}, #{key => 9}]]]),
    io:format("~p~n", [is_map_key({key, 2}, M)]).
id(X) -> lists:last([X]).
