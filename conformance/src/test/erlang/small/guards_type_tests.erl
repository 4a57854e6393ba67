-module(guards_type_tests).
-export([main/0]).
main() ->
    Vals = [1, 2.0, a, "s", <<"b">>, <<1:1>>, {t}, #{}, [], self(), make_ref(), fun() -> ok end],
    [io:format("~w~n", [kind(V)]) || V <- Vals].
kind(X) when is_integer(X) -> integer;
kind(X) when is_float(X) -> float;
kind(X) when is_atom(X) -> atom;
kind(X) when is_binary(X) -> binary;
kind(X) when is_bitstring(X) -> bitstring;
kind(X) when is_tuple(X) -> tuple;
kind(X) when is_map(X) -> map;
kind([]) -> nil;
kind(X) when is_list(X) -> list;
kind(X) when is_pid(X) -> pid;
kind(X) when is_reference(X) -> reference;
kind(X) when is_function(X, 0) -> fun0.
