-module(lib_math_module).
-export([main/0]).
main() ->
    io:format("~p~n", [[math:sqrt(X) || X <- [0, 1, 2, 9, 1.0e100]]]),
    io:format("~p~n", [[math:log(X) || X <- [1, 2.718281828459045, 100]]]),
    io:format("~p~n", [math:pow(2, 100)]),
    io:format("~p~n", [math:exp(-1)]),
    io:format("~p~n", [catch math:log(id(0))]),
    io:format("~p~n", [math:erf(0.5)]),
    io:format("~p~n", [math:erfc(0.5)]),
    io:format("~p~n", [[math:acosh(2.0), math:asinh(1.0), math:atanh(0.5)]]),
    io:format("~p~n", [math:pi() * 2]).
id(X) -> lists:last([X]).
