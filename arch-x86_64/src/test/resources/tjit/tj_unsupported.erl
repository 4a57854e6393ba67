%% A module the template JIT cannot compile: sleep/0 calls erlang:hibernate/3, which replaces the
%% process's stack and has no template yet.
-module(tj_unsupported).
-export([double/1, sleep/0]).

double(N) -> 2 * N.

sleep() -> erlang:hibernate(?MODULE, double, [1]).
