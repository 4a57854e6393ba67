-module(try_classes).
-export([main/0]).
main() ->
    Actions = [fun() -> throw(ball) end, fun() -> exit(bye) end, fun() -> error(oops) end,
               fun() -> error(with_args, [1, 2]) end, fun() -> normal_value end,
               fun() -> exit({shutdown, reason}) end, fun() -> throw({nested, [1, {2}]}) end],
    [io:format("~p~n", [run(A)]) || A <- Actions].
run(A) ->
    try A() of
        V -> {returned, V}
    catch
        throw:T -> {thrown, T};
        exit:R -> {exited, R};
        error:E -> {errored, E}
    end.
