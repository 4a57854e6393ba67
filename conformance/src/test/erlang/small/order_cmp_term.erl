-module(order_cmp_term).
-export([main/0]).
%% erts_internal:cmp_term/2, the exact term order as -1 | 0 | 1 (the compiler sorts map
%% pattern keys with it): every integer before every float, even equal ones.
main() ->
    Pairs = [{1, 1.0}, {1.0, 1}, {2, 1.0}, {1.5, 2}, {a, a}, {1, a}, {[1], [1.0]},
             {#{1 => a}, #{1.0 => a}}, {{1, b}, {1, a}}, {<<1>>, <<1:7>>}, {1 bsl 80, 1.0e30},
             {-0.0, 0}, {"abc", "abd"}, {self(), self()}],
    io:format("~w~n", [[erts_internal:cmp_term(A, B) || {A, B} <- Pairs]]),
    Sorted = lists:sort(fun(A, B) -> erts_internal:cmp_term(A, B) =< 0 end,
                        [2.0, 2, 1, 1.0, b, a, {1.0}, {1}]),
    io:format("~w~n", [Sorted]).
