-module(try_nested).
-export([main/0]).
main() ->
    R = try
            try throw(inner)
            catch throw:inner -> error(converted)
            after put(after1, ran)
            end
        catch error:converted -> {outer_caught, get(after1)}
        end,
    io:format("~p~n", [R]),
    R2 = try try_in_loop(5, []) catch throw:{stop, Acc} -> {stopped, Acc} end,
    io:format("~p~n", [R2]).
try_in_loop(0, Acc) -> Acc;
try_in_loop(N, Acc) ->
    V = try if N =:= 2 -> throw(skip); true -> N end catch throw:skip -> skipped end,
    if N =:= 1 -> throw({stop, Acc}); true -> try_in_loop(N - 1, [V | Acc]) end.
