-module(guards_combinators).
-export([main/0]).
main() ->
    [io:format("~w ~w~n", [X, classify(X)]) || X <- [-5, 0, 3, 15, 150, 7.5, foo, {1, 2}, [1, 2, 3]]].
classify(X) when is_integer(X), X < 0 -> negative;
classify(0) -> zero;
classify(X) when is_integer(X), X > 0, X < 10; is_float(X) -> small;
classify(X) when X >= 10 andalso X < 100 -> medium;
classify(X) when is_integer(X) orelse is_float(X) -> large;
classify(X) when is_tuple(X) andalso tuple_size(X) =:= 2 -> pair;
classify(X) when is_list(X), length(X) > 2 -> long_list;
classify(_) -> other.
