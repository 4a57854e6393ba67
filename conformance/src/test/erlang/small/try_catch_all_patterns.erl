-module(try_catch_all_patterns).
-export([main/0]).
main() ->
    [io:format("~p~n", [classify(F)]) || F <- [fun() -> throw(1) end, fun() -> error({a, b}) end,
                                               fun() -> exit(x) end, fun() -> ok end]].
classify(F) ->
    try F() of
        ok -> returned_ok
    catch
        throw:N when is_integer(N), N > 0 -> positive_throw;
        error:{a, _} = E -> {tuple_error, E};
        Class:Reason -> {other, Class, Reason}
    end.
