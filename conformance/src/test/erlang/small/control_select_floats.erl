-module(control_select_floats).
-export([main/0]).
%% case and function heads over float literals: select_val over boxed values; 0.0 and -0.0
%% match each other in OTP 25 (=:= holds), 1 and 1.0 never.
main() ->
    Xs = [0.0, -0.0, 1.5, 2.5, 1.0, 1, -1.5, 3.0e300, 1.0e-300, 2.5000000000000004, two, "1.5", {1.5}],
    io:format("~w~n", [[pick(X) || X <- Xs]]),
    io:format("~w~n", [[head(X) || X <- Xs]]),
    io:format("~w~n", [[neg(X) || X <- Xs]]),
    io:format("~w~n", [[pick(X / 2) || X <- [3, 5, 0, -0.0, 2.0]]]),
    io:format("~w~n", [[pick(float(X)) || X <- lists:seq(0, 3)]]),
    io:format("~w~n", [[mixed(X) || X <- Xs]]),
    try only(2.0) of
        R -> io:format("~w~n", [R])
    catch
        error:Reason:Stack -> io:format("~w ~w~n", [Reason, element(3, hd(Stack))])
    end.

pick(X) ->
    case X of
        0.0 -> zero;
        1.5 -> a;
        2.5 -> b;
        1.0 -> one;
        3.0e300 -> huge;
        1.0e-300 -> tiny;
        _ -> z
    end.

head(1.5) -> a;
head(2.5) -> b;
head(-0.0) -> negzero;
head(-1.5) -> neg;
head(_) -> z.

neg(X) ->
    case X of
        -1.5 -> m1;
        -0.0 -> m0;
        _ -> other
    end.

mixed(X) ->
    case X of
        1 -> int;
        1.0 -> float;
        two -> atom;
        1.5 -> a;
        2.5 -> b;
        _ -> z
    end.

only(1.5) -> a;
only(2.5) -> b.
