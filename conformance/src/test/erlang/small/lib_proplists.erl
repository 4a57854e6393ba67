-module(lib_proplists).
-export([main/0]).
main() ->
    P = [{name, "x"}, verbose, {level, 3}, {name, "shadowed"}, {debug, false}],
    io:format("~p~n", [proplists:get_value(name, P)]),
    io:format("~p~n", [proplists:get_value(missing, P, dflt)]),
    io:format("~p~n", [proplists:get_bool(verbose, P)]),
    io:format("~p~n", [proplists:get_bool(debug, P)]),
    io:format("~p~n", [proplists:get_all_values(name, P)]),
    io:format("~p~n", [proplists:lookup(level, P)]),
    io:format("~p~n", [proplists:delete(name, P)]),
    io:format("~p~n", [proplists:get_keys(P)]),
    io:format("~p~n", [proplists:is_defined(verbose, P)]),
    io:format("~p~n", [proplists:compact([{a, true}, b, {c, 1}])]),
    io:format("~p~n", [proplists:expand([{foo, [bar, baz]}], [foo, x])]),
    io:format("~p~n", [proplists:normalize([a, {b, 1}], [{negations, [{no_a, a}]}])]),
    io:format("~p~n", [proplists:to_map([{a, 1}, b])]),
    io:format("~p~n", [proplists:split([{a, 1}, {b, 2}, c], [a, c])]).
