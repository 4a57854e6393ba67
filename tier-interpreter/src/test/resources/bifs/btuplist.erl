%% Tuple and list BIFs, one behaviour per clause of t/1.
-module(btuplist).
-export([t/1]).
id(X) -> X.
c(F) -> try F() catch C:R -> {C, R} end.
t(1) -> tuple_to_list(id({a, b, c}));
t(2) -> c(fun() -> tuple_to_list(id([a])) end);
t(3) -> list_to_tuple(id([1, 2, 3]));
t(4) -> c(fun() -> list_to_tuple(id([1 | 2])) end);
t(5) -> erlang:make_tuple(id(3), x);
t(6) -> erlang:make_tuple(id(4), z, [{2, a}, {4, b}, {2, c}]);
t(7) -> c(fun() -> erlang:make_tuple(id(2), z, [{3, a}]) end);
t(8) -> c(fun() -> erlang:make_tuple(id(-1), a) end);
t(9) -> erlang:append_element(id({a, b}), c);
t(10) -> erlang:insert_element(id(1), {a, b}, x);
t(11) -> erlang:insert_element(id(3), {a, b}, x);
t(12) -> c(fun() -> erlang:insert_element(id(4), {a, b}, x) end);
t(13) -> erlang:delete_element(id(2), {a, b, c});
t(14) -> c(fun() -> erlang:delete_element(id(0), {a}) end);
t(15) -> id([1, 2]) ++ id([3]);
t(16) -> id([1, 2]) ++ id(foo);
t(17) -> c(fun() -> id([1 | 2]) ++ id([3]) end);
t(18) -> id([1, 2, 3, 2, 1]) -- id([2, 1, 5]);
t(19) -> id([1, 1.0, 1]) -- id([1.0]);
t(20) -> c(fun() -> id([1 | 2]) -- id([1]) end);
t(21) -> c(fun() -> id([1]) -- id(a) end);
t(22) -> lists:member(2, id([1, 2, 3]));
t(23) -> lists:member(2.0, id([1, 2, 3]));
t(24) -> c(fun() -> lists:member(9, id([1 | 2])) end);
t(25) -> lists:member(1, id([1 | 2]));
t(26) -> lists:keyfind(b, 1, id([{a, 1}, {b, 2}, {b, 3}]));
t(27) -> lists:keyfind(1, 2, id([{a, 1.0}]));
t(28) -> lists:keyfind(x, 1, id([{a, 1}, foo, {}]));
t(29) -> c(fun() -> lists:keyfind(a, id(0), [{a}]) end);
t(30) -> lists:keymember(c, 2, id([{a, c}]));
t(31) -> lists:keysearch(a, 1, id([{a, 1}]));
t(32) -> lists:keysearch(z, 1, id([{a, 1}]));
t(33) -> c(fun() -> lists:keyfind(a, 1, id([{b} | x])) end);
t(34) -> max(id(1), 1.0);
t(35) -> min(id(1), 1.0);
t(36) -> max(id(a), 3);
t(37) -> min(id({a}), [b]);
t(38) -> id("abc") -- id("cb");
t(39) -> id([]) ++ id(x);
t(40) -> length(lists:seq(1, 3000) -- lists:seq(2, 3000, 2));
t(41) -> L = lists:seq(1, 200000), R = L -- lists:seq(1, 200000, 2), {length(R), hd(R), lists:last(R)};
t(42) -> [1, 1.0, a, {x}, 1, [2], a] -- id([1, a, 1.0, {x}, [2], 3]);
t(43) -> [a, b, a, c, a] -- id([a, a, z]).
