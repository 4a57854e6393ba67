-module(code_loading).
-export([main/0]).
main() ->
    io:format("~p~n", [code:ensure_loaded(lists)]),
    io:format("~p~n", [code:ensure_loaded(no_such_module_xyz)]),
    io:format("~p~n", [code:is_loaded(?MODULE) =/= false]),
    io:format("~p~n", [code:which(no_such_module_xyz)]),
    io:format("~p~n", [filename:basename(code:which(?MODULE))]),
    io:format("~p~n", [filename:basename(code:which(lists))]),
    io:format("~p~n", [code:which(erlang)]),
    io:format("~p~n", [erlang:module_loaded(?MODULE)]),
    io:format("~p~n", [lists:sort(proplists:get_keys(?MODULE:module_info()))]),
    io:format("~p~n", [?MODULE:module_info(exports)]),
    io:format("~p~n", [erlang:function_exported(dict, new, 0)]),
    dict:new(),
    io:format("~p~n", [erlang:function_exported(dict, new, 0)]).
