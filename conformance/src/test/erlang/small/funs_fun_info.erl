-module(funs_fun_info).
-export([main/0, exported/2]).
main() ->
    Y = 42,
    L = fun(X) -> X + Y end,
    E = fun ?MODULE:exported/2,
    io:format("~p~n", [[erlang:fun_info(L, K) || K <- [arity, module, type, env]]]),
    io:format("~p~n", [[erlang:fun_info(E, K) || K <- [arity, module, name, type]]]),
    io:format("~p ~p~n", [is_function(L), is_function(L, 1)]),
    io:format("~p ~p~n", [is_function(E, 2), is_function(E, 3)]),
    io:format("~p~n", [E =:= fun ?MODULE:exported/2]).
exported(A, B) -> {A, B}.
