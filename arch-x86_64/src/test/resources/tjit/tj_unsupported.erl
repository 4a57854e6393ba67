%% A module the template JIT cannot compile: pick/1 calls erlang:size/1 as a gc_bif, a BIF with no
%% Java implementation in jbeam.
-module(tj_unsupported).
-export([double/1, pick/1]).

double(N) -> 2 * N.

pick(X) -> size(X).
