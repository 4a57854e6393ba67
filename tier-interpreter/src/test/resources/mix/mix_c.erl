-module(mix_c).
%% Runs on the interpreter, called from the test tier.
-export([inc/1, fail/1, thrower/1]).

inc(X) -> X + 1.

fail(N) ->
    R = mix_d:fail(N),
    {R}.

thrower(V) ->
    _ = inc(1),
    throw({thrown, V}).
