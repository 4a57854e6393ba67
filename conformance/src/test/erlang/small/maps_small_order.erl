-module(maps_small_order).
-export([main/0]).
%% Maps up to 32 keys keep their keys in term order: to_list, keys and fold follow it.
main() ->
    M = #{zeta => 1, alpha => 2, 10 => int, "str" => s, {t} => t, 2.5 => f, <<"b">> => b},
    io:format("~w~n", [maps:keys(M)]),
    io:format("~w~n", [maps:to_list(M)]),
    io:format("~w~n", [maps:fold(fun(K, _, A) -> [K | A] end, [], M)]),
    M32 = maps:from_list([{list_to_atom([$k | integer_to_list(N)]), N} || N <- lists:seq(1, 32)]),
    io:format("~w~n", [maps:keys(M32)]).
