-module(refused_bif).
-export([first/1]).
%% first/1 calls erlang:size/1 as a gc_bif: jbeam has no Java BIF for it, so the template JIT
%% refuses the module.
first(X) -> size(X).
