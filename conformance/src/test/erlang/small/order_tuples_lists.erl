-module(order_tuples_lists).
-export([main/0]).
main() ->
    Pairs = [{{1, 2}, {1, 3}}, {{2}, {1, 1}}, {[1, 2], [1, 2, 3]}, {[2], [1, 5]}, {"abc", "abd"},
             {{a, b}, {a, b}}, {[1 | 2], [1 | 3]}, {<<1, 2>>, <<1, 2, 0>>}, {<<2>>, <<1, 9>>}],
    [io:format("~w ~w ~w~n", [A < B, A == B, A > B]) || {A, B} <- Pairs].
