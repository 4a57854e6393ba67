-module(maps_crash_badmap).
-export([main/0]).
%% A map operation on a non-map, uncaught: {badmap, V}.
main() ->
    maps:get(k, id([not_a_map])).
id(X) -> lists:last([X]).
