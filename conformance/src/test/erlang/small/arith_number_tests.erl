-module(arith_number_tests).
-export([main/0]).
main() ->
    Vs = [0, -3, 1 bsl 80, 2.5, atom, "1", <<1>>, {1}],
    [io:format("~p: ~p ~p ~p~n", [V, is_integer(V), is_float(V), is_number(V)]) || V <- Vs].
