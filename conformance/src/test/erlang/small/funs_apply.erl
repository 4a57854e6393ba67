-module(funs_apply).
-export([main/0, double/1, sum3/3]).
main() ->
    io:format("~w~n", [apply(?MODULE, double, [21])]),
    io:format("~w~n", [apply(fun sum3/3, [1, 2, 3])]),
    io:format("~w~n", [apply(lists, seq, [1, 4])]),
    M = lists, F = reverse,
    io:format("~w~n", [M:F([1, 2, 3])]),
    Fun = fun ?MODULE:double/1,
    io:format("~w ~w~n", [Fun(4), erlang:fun_info(Fun, arity)]),
    io:format("~w~n", [erlang:apply(erlang, '+', [1, 2])]),
    io:format("~w~n", [lists:map(fun erlang:abs/1, [-1, 2, -3])]).
double(X) -> 2 * X.
sum3(A, B, C) -> A + B + C.
