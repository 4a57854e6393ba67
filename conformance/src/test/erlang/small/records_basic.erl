-module(records_basic).
-export([main/0]).
-record(person, {name, age = 0, email = undefined :: string() | undefined}).
main() ->
    P = #person{name = "Ann", age = 33},
    io:format("~p~n", [P]),
    io:format("~p ~p~n", [P#person.name, P#person.age]),
    P2 = P#person{age = 34, email = "ann@example.org"},
    io:format("~p~n", [P2]),
    io:format("~p~n", [record_info(fields, person)]),
    io:format("~p ~p~n", [record_info(size, person), #person.age]),
    io:format("~p~n", [is_record(P2, person)]),
    #person{name = N} = P2,
    io:format("~s~n", [N]),
    io:format("~p~n", [[X#person.name || X <- [P, P2, #person{name = "Bob"}], X#person.age > 0]]).
