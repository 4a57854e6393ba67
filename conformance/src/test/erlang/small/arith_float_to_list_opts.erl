-module(arith_float_to_list_opts).
-export([main/0]).
main() ->
    F = 3.14159265,
    Opts = [[], [{decimals, 0}], [{decimals, 2}], [{decimals, 10}], [{decimals, 4}, compact],
            [{scientific, 3}], [{scientific, 0}], short, [short]],
    [io:format("~p -> ~s~n", [O, fmt(F, O)]) || O <- Opts],
    io:format("~s ~s~n", [float_to_binary(1.0e20, [{decimals, 1}]), float_to_binary(0.5, [short])]),
    io:format("~s~n", [float_to_list(-0.0)]).
fmt(F, short) -> float_to_list(F, [short]);
fmt(F, O) -> float_to_list(F, O).
