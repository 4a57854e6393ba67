-module(maps_fold_accumulate).
-export([main/0]).
%% Word frequencies counted into a map; printed sorted by count then word.
main() ->
    Words = string:lexemes("the quick brown fox jumps over the lazy dog the fox", " "),
    Freq = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Words),
    Sorted = lists:sort(fun({W1, C1}, {W2, C2}) -> {-C1, W1} =< {-C2, W2} end, maps:to_list(Freq)),
    [io:format("~s ~w~n", [W, C]) || {W, C} <- Sorted].
