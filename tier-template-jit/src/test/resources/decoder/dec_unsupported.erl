%% A module with an instruction the template JIT has no template for: select_val over floats.
-module(dec_unsupported).
-export([pick/1]).

pick(X) -> case X of 1.5 -> a; 2.5 -> b; 3.5 -> c; _ -> z end.
