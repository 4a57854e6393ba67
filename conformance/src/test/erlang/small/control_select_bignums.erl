-module(control_select_bignums).
-export([main/0]).
%% case and function heads over integers too big for an immediate (beyond 2^59), positive and
%% negative, mixed with small integers and atoms: select_val over boxed values.
main() ->
    B = 1 bsl 59,
    Xs = [B - 1, B, B + 1, -B, -B - 1, 1 bsl 64, -(1 bsl 64), 1 bsl 200, 0, 1, -1, ten,
          12345678901234567890, -12345678901234567890, 1.0e19, float(1 bsl 64)],
    io:format("~w~n", [[pick(X) || X <- Xs]]),
    io:format("~w~n", [[head(X) || X <- Xs]]),
    io:format("~w~n", [[pick(X * 2 div 2) || X <- Xs, is_integer(X)]]),
    io:format("~w~n", [[mixed(X) || X <- Xs]]),
    io:format("~w~n", [[tuple({X, X}) || X <- Xs]]),
    try only(1 bsl 100) of
        R -> io:format("~w~n", [R])
    catch
        error:Reason:Stack -> io:format("~w ~w~n", [Reason, element(3, hd(Stack))])
    end.

pick(X) ->
    case X of
        576460752303423487 -> small_max;
        576460752303423488 -> big_min;
        576460752303423489 -> big_min1;
        -576460752303423488 -> small_min;
        -576460752303423489 -> neg_big;
        18446744073709551616 -> two64;
        -18446744073709551616 -> neg_two64;
        12345678901234567890 -> digits;
        -12345678901234567890 -> neg_digits;
        _ -> z
    end.

head(18446744073709551616) -> two64;
head(-18446744073709551616) -> neg_two64;
head(1606938044258990275541962092341162602522202993782792835301376) -> two200;
head(0) -> zero;
head(_) -> z.

mixed(X) ->
    case X of
        0 -> zero;
        -1 -> minus_one;
        ten -> ten;
        576460752303423488 -> big;
        -576460752303423489 -> neg_big;
        1.0e19 -> float;
        _ -> z
    end.

tuple({X, X}) when is_integer(X) ->
    case X of
        18446744073709551616 -> t64;
        1 -> t1;
        _ -> t
    end;
tuple(_) -> n.

only(18446744073709551616) -> a;
only(1606938044258990275541962092341162602522202993782792835301376) -> b.
