-module(maps_syntax).
-export([main/0]).
main() ->
    M = #{a => 1, b => 2, "str" => [1], {t} => <<"bin">>},
    io:format("~p~n", [M]),
    M2 = M#{a := 10, c => 3},
    io:format("~p~n", [M2]),
    #{a := A, {t} := B} = M2,
    io:format("~p ~p~n", [A, B]),
    io:format("~p~n", [maps:get("str", M)]),
    io:format("~w ~w~n", [map_size(M2), is_map(M2)]),
    case M2 of
        #{c := C} when C > 2 -> io:format("c is ~p~n", [C]);
        _ -> io:format("no c~n")
    end.
