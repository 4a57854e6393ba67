%% A module the template JIT refuses: pick/1 calls erlang:size/1 as a gc_bif, a BIF jbeam has no
%% Java implementation of.
-module(dec_unsupported).
-export([pick/1]).

pick(X) -> size(X).
