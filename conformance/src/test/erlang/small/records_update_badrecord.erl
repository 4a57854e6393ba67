-module(records_update_badrecord).
-export([main/0]).
-record(r, {a, b}).
main() ->
    X = id({other, 1, 2}),
    io:format("~p~n", [try X#r.a catch error:E -> E end]),
    io:format("~p~n", [try X#r{b = 3} catch error:E2 -> E2 end]),
    io:format("~p~n", [try (id(#r{a = 1}))#r{b = 3} catch error:E3 -> E3 end]).
id(X) -> lists:last([X]).
