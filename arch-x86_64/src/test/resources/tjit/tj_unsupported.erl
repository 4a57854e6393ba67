%% A module the template JIT cannot compile: pick/1 selects among floats (select_val over boxed
%% values has no template yet).
-module(tj_unsupported).
-export([double/1, pick/1]).

double(N) -> 2 * N.

pick(X) -> case X of 1.5 -> a; 2.5 -> b; 3.5 -> c; _ -> z end.
