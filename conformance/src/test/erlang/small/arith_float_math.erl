-module(arith_float_math).
-export([main/0]).
main() ->
    Fs = [{sin, 1.0}, {cos, 1.0}, {tan, 0.5}, {asin, 0.5}, {acos, 0.5}, {atan, 1.0},
          {exp, 1.0}, {log, 10.0}, {log2, 1024.0}, {log10, 12345.0}, {sqrt, 2.0},
          {sinh, 1.0}, {cosh, 1.0}, {tanh, 0.5}, {ceil, 1.2}, {floor, -1.2}],
    [io:format("~w(~p) = ~p~n", [F, X, math:F(X)]) || {F, X} <- Fs],
    io:format("~p ~p ~p~n", [math:pi(), math:atan2(1.0, -1.0), math:fmod(10.5, 3.0)]),
    io:format("~p~n", [math:pow(1.5, 10)]).
