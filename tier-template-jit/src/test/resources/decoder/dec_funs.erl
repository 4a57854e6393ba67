%% A fun called in tail position (call_fun, deallocate, return) and in a body call.
-module(dec_funs).
-export([tail/2, body/1]).

tail(F, N) -> F(F, N - 1).

body(F) -> {F(1)}.
