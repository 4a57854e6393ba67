-module(tuples_match_nested).
-export([main/0]).
main() ->
    Data = [{point, 1, 2}, {circle, {point, 0, 0}, 5}, {rect, {point, 1, 1}, {point, 4, 5}}, {other}],
    [io:format("~p~n", [area(D)]) || D <- Data].
area({point, _, _}) -> 0;
area({circle, {point, _, _}, R}) -> 3 * R * R;
area({rect, {point, X1, Y1}, {point, X2, Y2}}) -> abs(X2 - X1) * abs(Y2 - Y1);
area(Other) -> {unknown, element(1, Other)}.
