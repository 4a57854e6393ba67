-module(control_andalso_orelse).
-export([main/0]).
main() ->
    io:format("~p~n", [[{A, B, A andalso B, A orelse B, A xor B, A and B, A or B, not A}
                        || A <- [true, false], B <- [true, false]]]),
    io:format("~p~n", [false andalso error(never)]),
    io:format("~p~n", [true orelse error(never)]),
    io:format("~p~n", [true andalso not_a_boolean]),
    io:format("~p~n", [try id(1) and true catch error:R -> R end]).
id(X) -> lists:last([X]).
