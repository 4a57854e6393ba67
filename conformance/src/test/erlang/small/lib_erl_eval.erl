-module(lib_erl_eval).
-export([main/0]).
main() ->
    Eval = fun(S, B) ->
                   {ok, T, _} = erl_scan:string(S),
                   {ok, Es} = erl_parse:parse_exprs(T),
                   {value, V, NB} = erl_eval:exprs(Es, B),
                   {V, lists:sort(erl_eval:bindings(NB))}
           end,
    io:format("~p~n", [Eval("X = 6 * 7, Y = X + 1.", erl_eval:new_bindings())]),
    io:format("~p~n", [Eval("lists:map(fun(E) -> E * N end, [1, 2, 3]).", erl_eval:add_binding('N', 10, erl_eval:new_bindings()))]),
    io:format("~p~n", [Eval("case {a, 1} of {a, V} when V > 0 -> pos; _ -> other end.", [])]),
    io:format("~p~n", [Eval("(fun Fact(0) -> 1; Fact(K) -> K * Fact(K - 1) end)(20).", [])]),
    io:format("~p~n", [Eval("<< <<(C + 1)>> || <<C>> <= <<\"HAL\">> >>.", [])]),
    io:format("~p~n", [Eval("#{a := A} = #{a => 1, b => 2}, A.", [])]),
    io:format("~p~n", [Eval("try throw(x) catch throw:T -> {caught, T} end.", [])]),
    io:format("~p~n", [catch Eval("1 + a.", [])]).
