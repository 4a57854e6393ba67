%% The dynamic-trace tag BIFs of an erl built without DTrace: one behaviour per clause.
-module(bdtrace).
-export([t/1]).
id(X) -> X.
c(F) -> try F() catch C:R -> {C, R} end.
t(1) -> erlang:dt_spread_tag(id(true));
t(2) -> erlang:dt_spread_tag(id(false));
t(3) -> c(fun() -> erlang:dt_spread_tag(id(x)) end);
t(4) -> erlang:dt_restore_tag(erlang:dt_spread_tag(id(true)));
t(5) -> c(fun() -> erlang:dt_restore_tag(id([])) end);
t(6) -> c(fun() -> erlang:dt_restore_tag(id(false)) end);
t(7) -> erlang:dt_get_tag();
t(8) -> erlang:dt_get_tag_data();
t(9) -> {erlang:dt_put_tag(id(<<"x">>)), erlang:dt_put_tag(id(foo))};
t(10) -> erlang:dt_prepend_vm_tag_data(id(<<"a">>));
t(11) -> erlang:dt_append_vm_tag_data(id([1, 2]));
t(12) -> erlang:dt_prepend_vm_tag_data(id(a)).
