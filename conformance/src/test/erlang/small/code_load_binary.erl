-module(code_load_binary).
-export([main/0]).
%% Compiles a module from source text at run time and loads it from the binary.
main() ->
    Src = "-module(generated_mod).\n-export([hello/1]).\nhello(N) -> {hello, N * 2}.\n",
    {ok, Toks, _} = erl_scan:string(Src),
    Forms = split_forms(Toks, [], []),
    {ok, Mod, Bin} = compile:forms([F || {ok, F} <- [erl_parse:parse_form(T) || T <- Forms]]),
    io:format("~p~n", [Mod]),
    io:format("~p~n", [code:load_binary(Mod, "generated_mod.erl", Bin)]),
    io:format("~p~n", [generated_mod:hello(21)]),
    io:format("~p~n", [code:is_loaded(generated_mod)]),
    io:format("~p~n", [code:delete(generated_mod)]),
    io:format("~p~n", [code:purge(generated_mod)]).
split_forms([], [], Acc) -> lists:reverse(Acc);
split_forms([{dot, _} = D | Rest], Cur, Acc) -> split_forms(Rest, [], [lists:reverse([D | Cur]) | Acc]);
split_forms([T | Rest], Cur, Acc) -> split_forms(Rest, [T | Cur], Acc).
