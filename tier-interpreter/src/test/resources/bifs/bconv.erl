%% Conversion BIFs: one behaviour per clause of t/1. Arguments go through id/1 so that erlc
%% cannot fold the pure BIF calls at compile time.
-module(bconv).
-export([t/1]).
id(X) -> X.
c(F) -> try F() catch C:R -> {C, R} end.
t(1) -> atom_to_list(id(hello));
t(2) -> c(fun() -> atom_to_list(id(1)) end);
t(3) -> list_to_atom(id("abc"));
t(4) -> c(fun() -> list_to_atom(lists:duplicate(id(256), $a)) end);
t(5) -> length(atom_to_list(list_to_atom(lists:duplicate(id(255), $a))));
t(6) -> c(fun() -> list_to_atom(id([a])) end);
t(7) -> c(fun() -> list_to_existing_atom(id("no_such_atom_xyz_123")) end);
t(8) -> list_to_existing_atom(id("ok"));
t(9) -> atom_to_binary(id(hello));
t(10) -> atom_to_binary(list_to_atom(id([104, 233, 108])), utf8);
t(11) -> atom_to_binary(list_to_atom(id([104, 233, 108])), latin1);
t(12) -> c(fun() -> atom_to_binary(list_to_atom(id([1000])), latin1) end);
t(13) -> binary_to_atom(id(<<"xyz">>));
t(14) -> atom_to_list(binary_to_atom(id(<<233>>), latin1));
t(15) -> c(fun() -> binary_to_atom(id(<<255>>), utf8) end);
t(16) -> c(fun() -> binary_to_existing_atom(id(<<"not_existing_qq">>), utf8) end);
t(17) -> binary_to_existing_atom(id(<<"true">>), utf8);
t(18) -> atom_to_list(list_to_atom(id([1000, 20000, 128512])));
t(19) -> integer_to_list(id(-12345));
t(20) -> integer_to_list(id(255), 16);
t(21) -> integer_to_list(id(-255), 36);
t(22) -> c(fun() -> integer_to_list(id(10), 37) end);
t(23) -> integer_to_list(id(1) bsl 100);
t(24) -> integer_to_binary(id(-99));
t(25) -> integer_to_binary(id(255), 2);
t(26) -> list_to_integer(id("-0042"));
t(27) -> c(fun() -> list_to_integer(id("12a")) end);
t(28) -> list_to_integer(id("ff"), 16);
t(29) -> list_to_integer(id("+Zz"), 36);
t(30) -> c(fun() -> list_to_integer(id("")) end);
t(31) -> c(fun() -> list_to_integer(id("-")) end);
t(32) -> list_to_integer(id("123456789012345678901234567890"));
t(33) -> binary_to_integer(id(<<"-77">>));
t(34) -> c(fun() -> binary_to_integer(id(<<"7 ">>)) end);
t(35) -> binary_to_integer(id(<<"7f">>), 16);
t(36) -> c(fun() -> list_to_integer(id(abc)) end);
t(37) -> float_to_list(id(1.5));
t(38) -> float_to_list(id(0.1), [short]);
t(39) -> float_to_list(id(3.14159), [{decimals, 3}]);
t(40) -> float_to_list(id(2.5), [{decimals, 0}]);
t(41) -> float_to_list(id(1.0), [{decimals, 4}, compact]);
t(42) -> float_to_list(id(123.456), [{scientific, 2}]);
t(43) -> c(fun() -> float_to_list(id(1.0), [{decimals, 254}]) end);
t(44) -> c(fun() -> float_to_list(id(1), []) end);
t(45) -> c(fun() -> float_to_list(id(1.0), [bogus]) end);
t(46) -> float_to_binary(id(-0.5), [short]);
t(47) -> float_to_binary(id(1.0e10));
t(48) -> list_to_float(id("1.5e3"));
t(49) -> c(fun() -> list_to_float(id("1")) end);
t(50) -> c(fun() -> list_to_float(id("1.0e999")) end);
t(51) -> binary_to_float(id(<<"-0.25">>));
t(52) -> c(fun() -> binary_to_float(id(<<".5">>)) end);
t(53) -> list_to_float(id("+2.0E-2"));
t(54) -> c(fun() -> float_to_list(id(1.0e300), [{decimals, 100}]) end);
t(55) -> float_to_list(id(0.125), [{decimals, 2}, {scientific, 1}]);
t(56) -> float_to_list(id(1.0e22), [short]);
t(57) -> c(fun() -> binary_to_integer(id(<<"1">>), 1) end);
t(58) -> c(fun() -> list_to_integer(id([$1 | $2])) end);
t(59) -> c(fun() -> integer_to_binary(id(1.0)) end);
t(60) -> c(fun() -> binary_to_atom(id(foo), utf8) end);
t(61) -> [{floor(X), ceil(X), round(X), trunc(X)} || X <- id([0.5, 1.5, -0.5, -1.5, 2.0, -2.0, 7, -7, 1.0e20, -3.7, 3.7])];
t(62) -> [c(fun() -> floor(id(a)) end), c(fun() -> ceil(id("1")) end)];
t(63) -> F = id(2.5), {floor(F) + 1, ceil(F) * 2}.
