%% A module the template JIT cannot compile when its VM has no Java BIF for erlang:size/1 (the
%% test gives the tier a BIF table without it): pick/1 calls size/1 as a gc_bif.
-module(tj_unsupported).
-export([double/1, pick/1]).

double(N) -> {N, N}.

pick(X) -> size(X).
