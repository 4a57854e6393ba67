-module(tiny).
-export([add/2, pick/1]).
add(A, B) -> A + B.
pick(X) -> case X of {ok, V} -> V; _ -> [1.5, "str", X] end.
