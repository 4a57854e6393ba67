-module(try_raise).
-export([main/0]).
main() ->
    St = [{fake, frame, 1, [{file, "fake.erl"}, {line, 7}]}],
    R = try erlang:raise(throw, thrown_by_raise, St) catch C:V:S -> {C, V, S} end,
    io:format("~p~n", [R]),
    R2 = try erlang:raise(error, {custom, 1}, St) catch C2:V2:S2 -> {C2, V2, S2} end,
    io:format("~p~n", [R2]),
    io:format("~p~n", [erlang:raise(bad_class, x, St)]),
    io:format("~p~n", [try rethrow() catch exit:E:S3 -> {E, hd(S3)} end]).
rethrow() ->
    try exit(inner)
    catch exit:E:S -> erlang:raise(exit, {wrapped, E}, S)
    end.
