%% A module the template JIT cannot compile yet: update/1 updates a map.
-module(tj_unsupported).
-export([double/1, update/1]).

double(N) -> 2 * N.

update(Map) -> Map#{key => value}.
