-module(maps_nested_update).
-export([main/0]).
main() ->
    S0 = #{users => #{}, count => 0},
    S1 = add(alice, 30, S0),
    S2 = add(bob, 25, S1),
    S3 = birthday(alice, S2),
    io:format("~p~n", [S3]),
    #{users := #{bob := #{age := BobAge}}} = S3,
    io:format("bob is ~p~n", [BobAge]).
add(Name, Age, #{users := U, count := C} = S) ->
    S#{users := U#{Name => #{age => Age, name => Name}}, count := C + 1}.
birthday(Name, #{users := U} = S) ->
    #{Name := P = #{age := A}} = U,
    S#{users := U#{Name := P#{age := A + 1}}}.
