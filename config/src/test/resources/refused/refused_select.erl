-module(refused_select).
-export([first/1]).
%% first/1 selects among floats: select_val over boxed values has no template-jit template.
first(X) -> case X of 1.5 -> a; 2.5 -> b; 3.5 -> c; _ -> X end.
