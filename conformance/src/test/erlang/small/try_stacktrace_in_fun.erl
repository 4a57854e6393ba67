-module(try_stacktrace_in_fun).
-export([main/0]).
main() ->
    F = fun(X) -> element(X, {a}) end,
    try lists:map(F, [1, id(2)])
    catch error:R:St ->
        io:format("~p~n", [R]),
        [{M, Fn, A, _} | _] = St,
        io:format("~p ~p ~p~n", [M, Fn, A]),
        io:format("~p~n", [[{M2, F2} || {M2, F2, _, _} <- St]])
    end.
id(X) -> lists:last([X]).
