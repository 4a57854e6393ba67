-module(records_default_and_index).
-export([main/0]).
-record(cfg, {host = "localhost", port = 8080, opts = [], computed = 6 * 7}).
main() ->
    C = #cfg{},
    io:format("~p~n", [C]),
    io:format("~p~n", [#cfg{port = 1, _ = undefined}]),
    io:format("~p~n", [[#cfg.host, #cfg.port, #cfg.opts]]),
    io:format("~p~n", [element(#cfg.port, C)]),
    io:format("~p~n", [setelement(#cfg.opts, C, [debug])]),
    io:format("~p~n", [lists:keyfind(8080, #cfg.port, [C])]),
    io:format("~p~n", [is_record(C, cfg, 5)]).
