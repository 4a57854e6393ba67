-module(maps_pattern_in_function).
-export([main/0]).
main() ->
    Evs = [#{type => click, x => 1, y => 2}, #{type => key, code => 65}, #{type => scroll}, #{}],
    [io:format("~p~n", [handle(E)]) || E <- Evs].
handle(#{type := click, x := X, y := Y}) -> {click_at, X, Y};
handle(#{type := key, code := C}) when C >= 65, C =< 90 -> {letter, [C]};
handle(#{type := T}) -> {other, T};
handle(M) when map_size(M) =:= 0 -> empty.
