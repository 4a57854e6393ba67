-module(control_case_if).
-export([main/0]).
main() ->
    [io:format("~p ~p ~p~n", [X, sign(X), grade(X)]) || X <- [-3, 0, 42, 75, 90, 100]].
sign(X) ->
    if X < 0 -> negative;
       X =:= 0 -> zero;
       true -> positive
    end.
grade(X) ->
    case X of
        N when N >= 90 -> a;
        N when N >= 70 -> b;
        0 -> none;
        _ -> c
    end.
