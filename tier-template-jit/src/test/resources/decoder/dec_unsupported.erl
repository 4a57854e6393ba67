%% A module the template JIT refuses when its VM has no Java BIF for erlang:size/1 (the test
%% decodes it against a BIF table without it): pick/1 calls size/1 as a gc_bif.
-module(dec_unsupported).
-export([pick/1]).

pick(X) -> size(X).
