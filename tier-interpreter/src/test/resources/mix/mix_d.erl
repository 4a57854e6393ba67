-module(mix_d).
%% Runs on the test tier: the innermost frame of errors that unwind through both tiers.
-export([fail/1]).

fail(N) ->
    X = [N],
    erlang:error({failed, hd(X)}).
