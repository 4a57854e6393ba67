%% erlang:display/1 of various terms; the test compares what is printed with erl's output.
-module(bdisp).
-export([t/1]).
id(X) -> X.
t(1) -> erlang:display(id("abc"));
t(2) -> erlang:display(id([1, 2]));
t(3) -> erlang:display(id({a, "x\n", 1.5, -3, <<1, 2>>, <<"ab">>, [], 'Q a', 10000000000000000000000}));
t(4) -> erlang:display(id(#{a => 1, 2 => [b]}));
t(5) -> erlang:display(id([a | b]));
t(6) -> erlang:display(id(0.1));
t(7) -> erlang:display(id(""));
t(8) -> erlang:display(id(list_to_pid("<0.9.0>")));
t(9) -> erlang:display(id([$a | b]));
t(10) -> erlang:display(id(1.0e100));
t(11) -> erlang:display({id(fun(X) -> X + 1 end), fun lists:map/2, fun id/1}).
