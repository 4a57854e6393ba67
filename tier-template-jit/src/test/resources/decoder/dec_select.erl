%% select_val over immediates, floats and bignums in one case.
-module(dec_select).
-export([pick/1]).

pick(X) -> case X of 1.5 -> a; -0.0 -> e; 1 -> b; 16#1000000000000000 -> c; two -> d; _ -> z end.
