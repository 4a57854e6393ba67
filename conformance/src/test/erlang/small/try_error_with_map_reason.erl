-module(try_error_with_map_reason).
-export([main/0]).
main() ->
    try error(#{code => 42, msg => "bad"})
    catch error:#{code := C} = E -> io:format("~p ~p~n", [C, E])
    end,
    try throw({error, [{line, 1}, {col, 5}]})
    catch throw:{error, Info} -> io:format("~p~n", [proplists:get_value(col, Info)])
    end.
