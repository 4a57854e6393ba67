-module(try_exception_in_after).
-export([main/0]).
main() ->
    R = try
            try throw(first)
            after throw(from_after)
            end
        catch throw:X -> X
        end,
    io:format("~p~n", [R]),
    R2 = (catch (try ok after put(k, v) end)),
    io:format("~p ~p~n", [R2, get(k)]).
