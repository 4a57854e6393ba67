-module(refused_main).
-export([main/0]).
%% Loads a module whose tier refuses it: loading fails as for a bad file, the call is undef,
%% the code server lives on and other code runs.
main() ->
    io:format("~p~n", [code:ensure_loaded(refused_bif)]),
    io:format("~p~n", [element(1, catch refused_bif:first(7))]),
    io:format("code_server alive: ~p~n", [is_process_alive(whereis(code_server))]),
    io:format("~p~n", [lists:sum([1, 2, 3])]).
