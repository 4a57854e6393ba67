-module(shapes).
-export([run/1]).
-record(point, {x, y}).
-record(rect, {top_left, bottom_right, name}).
make(N) -> #rect{top_left = #point{x = N, y = N * 2}, bottom_right = #point{x = N + 10, y = N * 3}, name = box}.
area(#rect{top_left = #point{x = X1, y = Y1}, bottom_right = #point{x = X2, y = Y2}}) -> abs((X2 - X1) * (Y2 - Y1)).
classify({circle, R}) when R > 10 -> big;
classify({circle, _}) -> small;
classify({square, _, _}) -> square;
classify(T) when is_tuple(T), tuple_size(T) =:= 1 -> single;
classify(_) -> other.
grow(R = #rect{bottom_right = P}) -> R#rect{bottom_right = P#point{x = P#point.x + 1}}.
run(N) ->
    R = make(N),
    G = grow(R),
    {area(R), area(G), G, [classify(T) || T <- [{circle, N}, {circle, 1}, {square, 1, 2}, {x}, foo]],
     element(2, G), setelement(1, {a, b}, c), tuple_size(G)}.
