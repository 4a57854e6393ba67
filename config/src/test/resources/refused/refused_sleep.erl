-module(refused_sleep).
-export([first/1, sleep/0]).
%% sleep/0 calls erlang:hibernate/3, for which the template JIT has no template.
first(X) -> X.
sleep() -> erlang:hibernate(?MODULE, first, [1]).
