-module(try_error_info_3).
-export([main/0]).
main() ->
    try error(my_reason, [a, b], [{error_info, #{module => ?MODULE, cause => testing}}])
    catch error:R:St ->
        io:format("~p~n~p~n", [R, hd(St)])
    end,
    try error(plain, none) catch error:R2:St2 -> io:format("~p ~p~n", [R2, hd(St2)]) end.
