-module(guards).
-export([run/0, run2/0, kind/1, tagged/1, pair/1, ne/1, tail/1, rec/1]).
-record(big, {a, b, c, d, e, f, g, h}).
id(X) -> X.
kind(X) when is_integer(X), X >= 0 -> nonneg_int;
kind(X) when is_integer(X) -> neg_int;
kind(X) when is_float(X) -> float;
kind(X) when is_boolean(X) -> boolean;
kind(X) when is_atom(X) -> atom;
kind([]) -> nil;
kind([_ | _]) -> cons;
kind({point, _, _}) -> point;
kind({}) -> empty_tuple;
kind({_}) -> one;
kind({_, _, _, _}) -> four;
kind(T) when is_tuple(T) -> {tuple, tuple_size(T)};
kind(_) -> other.
classify(X) when X == 1 -> eq_one;
classify(X) when X /= 2, X =/= c -> not_two;
classify(X) when X =/= 2.0 -> exactly_two;
classify(_) -> float_two.
swap_pairs([]) -> [];
swap_pairs([{A, B} | T]) -> [{B, A} | swap_pairs(T)].
rotate(A, B, C, N) when N > 0 -> rotate(B, C, A, N - 1);
rotate(A, B, C, _) -> {A, B, C}.
heads(L) -> [hd(X) || X <- L, is_list(X), X =/= []].
update(T) -> T2 = setelement(2, T, x), T3 = setelement(3, T2, y), setelement(1, T3, z).
tagged({point, X, Y}) -> X + Y;
tagged(_) -> no.
pair({A, B}) -> {B, A};
pair(_) -> not_pair.
ne(X) when X /= 1 -> not_one;
ne(_) -> one.
tail([_ | T]) -> T;
tail(X) -> X.
rec(N) -> R = #big{a = N, b = N, c = N, d = N, e = N, f = N, g = N, h = N},
    R2 = id(R), R2#big{b = x, d = y, f = z, h = N + 1}.
run() ->
    {[kind(V) || V <- [id(0), -5, 1.5, true, ok, [], [a], {point, 1, 2}, {}, {1}, {1, 2, 3, 4}, {1, 2}, {1, 2, 3}]],
     [classify(V) || V <- [id(1), 1.0, 2, c, 2.0]],
     swap_pairs([{1, a}, {2, b}]), rotate(a, b, c, id(7)), heads([[1, 2], [], x, [3]]),
     update({a, b, c, d}), element(id(3), {a, b, c})}.
run2() ->
    {tagged(id({point, 1, 2})), tagged(id({point, 1})), tagged(id(x)), pair(id({1, 2})), pair(id({1, 2, 3})),
     ne(id(1)), ne(id(1.0)), ne(id(2)), tail(id([1, 2])), tail(id(x)), rec(id(5))}.
