%% Whole-term BIFs: hashing, external format, node and identifier texts, one behaviour per clause.
-module(bterm).
-export([t/1]).
id(X) -> X.
c(F) -> try F() catch C:R -> {C, R} end.
t(1) -> erlang:phash2(id({a, [1, 2], <<"x">>, 2.5}));
t(2) -> erlang:phash2(id(foo), 1000);
t(3) -> c(fun() -> erlang:phash2(id(foo), 0) end);
t(4) -> binary_to_term(term_to_binary(id({a, [1, 2.5, "s"], #{k => v}})));
t(5) -> term_to_binary(id({a, 1}));
t(6) -> term_to_binary(id([1.5]), [{minor_version, 0}]);
t(7) -> c(fun() -> binary_to_term(id(<<131, 255>>)) end);
t(8) -> binary_to_term(id(<<131, 100, 0, 1, 97, 1, 2, 3>>), [used]);
t(9) -> c(fun() -> binary_to_term(id(<<131, 100, 0, 4, "zzqx">>), [safe]) end);
t(10) -> node();
t(11) -> node(list_to_pid(id("<0.5.0>")));
t(12) -> nodes();
t(13) -> is_alive();
t(14) -> pid_to_list(list_to_pid(id("<0.42.7>")));
t(15) -> c(fun() -> list_to_pid(id("<0.x.1>")) end);
t(16) -> c(fun() -> node(id(foo)) end);
t(17) -> binary_to_term(term_to_binary(lists:seq(1, 300), [compressed]));
t(18) -> c(fun() -> term_to_binary(id(x), [bogus]) end);
t(19) -> c(fun() -> binary_to_term(id(<<131, 97, 1>>), [bogus]) end);
t(20) -> erlang:phash2(id([]));
t(21) -> erlang:phash2(id(12345678901234567890));
t(22) -> c(fun() -> erlang:phash2(id(x), 1 bsl 32 + 1) end);
t(23) -> erlang:phash2(id("hello"), 1 bsl 32);
t(24) -> {io:printable_range(), io_lib:printable_list(id("abc")), io_lib:printable_list(id([1000]))};
t(25) -> file:native_name_encoding();
t(26) -> F = fun(S) -> try ref_to_list(list_to_ref(S)) catch C:R -> {C,R} end end,
    [F(id(T)) || T <- ["#Ref<0.1.2.3>", "#Ref<0.1.2>", "#Ref<0.1>", "#Ref<0.1.2.3.4>", "#Ref<0.4294967296.2.3>", "#Ref<1.1.2.3>", "x", x, "#Ref<0.1.2.3> "]];
t(27) -> {port_to_list(list_to_port(id("#Port<0.5>"))), try list_to_port(id("#Port<1.5>")) catch error:R -> R end, ref_to_list(list_to_ref(id("#Ref<0.1.2.3>")))}.
