-module(erlang_is_record).
-export([main/0, rec2/2, rec3/3]).
%% is_record/2,3 with the tag (and size) known only at run time, a guard with them known, and the badargs.
main() ->
    Terms = [{point, 1, 2}, {point}, {other, 1}, {}, point, [point], #{}],
    io:format("~p~n", [[try_it(fun() -> ?MODULE:rec2(T, point) end) || T <- Terms]]),
    io:format("~p~n", [[try_it(fun() -> ?MODULE:rec3(T, point, 3) end) || T <- Terms]]),
    io:format("~p~n", [[try_it(fun() -> ?MODULE:rec3({point, 1, 2}, point, S) end) || S <- [0, 1, 3, -1, 1 bsl 70]]]),
    io:format("~p~n", [[try_it(F) || F <- [fun() -> ?MODULE:rec2({a}, "a") end,
                                          fun() -> ?MODULE:rec3({a}, a, 1.0) end,
                                          fun() -> ?MODULE:rec3({a}, 7, 1) end]]]),
    io:format("~p~n", [[guarded(T, point) || T <- Terms]]).

rec2(T, Tag) -> is_record(T, Tag).
rec3(T, Tag, Size) -> erlang:is_record(T, Tag, Size).

guarded(T, _Tag) when is_record(T, point, 3) -> yes;
guarded(_, _) -> no.

try_it(F) ->
    try F()
    catch error:Reason:Stack -> {error, Reason, element(1, hd(Stack)), element(2, hd(Stack))}
    end.
