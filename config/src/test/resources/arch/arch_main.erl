-module(arch_main).
-export([main/0]).
%% Loads a module assigned to the template JIT: with the backend the configuration names.
main() ->
    io:format("~p~n", [code:ensure_loaded(arch_jit)]),
    io:format("~p~n", [catch arch_jit:double(21)]),
    io:format("~p~n", [lists:sum([1, 2, 3])]).
