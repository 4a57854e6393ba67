-module(guards_bifs_in_guards).
-export([main/0]).
main() ->
    Vals = [{a, b, c}, [1, 2], <<1, 2, 3>>, #{x => 1}, 17, -3, 2.5, "abc"],
    [io:format("~p -> ~p~n", [V, test(V)]) || V <- Vals].
test(T) when tuple_size(T) =:= 3, element(1, T) =:= a -> triple_a;
test(L) when length(L) =:= 2, hd(L) =:= 1 -> list_from_1;
test(B) when byte_size(B) > 2, binary_part(B, 0, 1) =:= <<1>> -> bin_from_1;
test(M) when map_size(M) > 0, is_map_key(x, M), map_get(x, M) =:= 1 -> map_x1;
test(N) when is_integer(N), N rem 2 =:= 1, abs(N) > 10 -> odd_big;
test(N) when is_integer(N), abs(N) < 10 -> small_int;
test(F) when is_float(F), trunc(F) =:= 2, round(F) =:= 3 -> float_2_5;
test(_) -> none.
