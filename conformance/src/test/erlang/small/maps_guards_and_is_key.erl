-module(maps_guards_and_is_key).
-export([main/0]).
main() ->
    Ms = [#{a => 1}, #{a => 1, b => 2}, #{}, not_map, #{b => 5}],
    [io:format("~p~n", [check(M)]) || M <- Ms].
check(M) when is_map(M), map_size(M) =:= 0 -> empty;
check(M) when is_map_key(a, M), is_map_key(b, M) -> both;
check(#{a := A}) when A > 0 -> {only_a, A};
check(M) when is_map(M) -> {other, maps:keys(M)};
check(_) -> not_a_map.
