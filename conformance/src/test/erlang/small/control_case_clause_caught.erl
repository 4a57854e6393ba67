-module(control_case_clause_caught).
-export([main/0]).
main() ->
    io:format("~p~n", [try f(id(3)) catch error:E -> E end]),
    io:format("~p~n", [try g(id(3)) catch error:E2 -> E2 end]),
    io:format("~p~n", [try h(id(3)) catch error:E3 -> E3 end]),
    io:format("~p~n", [try (fun(1) -> ok end)(id(2)) catch error:E4 -> E4 end]).
f(X) -> case X of 1 -> one; 2 -> two end.
g(X) -> if X > 5 -> big end.
h(1) -> one.
id(X) -> lists:last([X]).
