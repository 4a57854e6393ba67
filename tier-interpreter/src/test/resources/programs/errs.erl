-module(errs).
-export([bm/1, cc/1, fc/1, arith/1, elem/1, divz/1, ifc/1, guard/1]).
id(X) -> X.
bm(X) -> {ok, Y} = id(X), Y.
cc(X) -> case id(X) of 1 -> one; 2 -> two end.
fc(X) when is_atom(X) -> X.
arith(X) -> id(X) + 1.
elem(N) -> element(id(N), {a, b}).
divz(X) -> id(X) div id(0).
ifc(X) -> Y = id(X), if Y > 10 -> big; Y < 0 -> negative end.
guard(X) when element(2, X) =:= b -> second_is_b;
guard(X) when length(X) > 2 -> long_list;
guard(_) -> neither.
