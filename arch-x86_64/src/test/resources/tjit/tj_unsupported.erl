%% A module the template JIT cannot compile yet: bits/1 matches a binary.
-module(tj_unsupported).
-export([double/1, bits/1]).

double(N) -> 2 * N.

bits(<<A:8, Rest/binary>>) -> {A, Rest}.
