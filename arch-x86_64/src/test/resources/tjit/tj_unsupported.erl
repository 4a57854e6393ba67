%% A module the template JIT cannot compile yet: await/0 receives a message.
-module(tj_unsupported).
-export([double/1, await/0]).

double(N) -> 2 * N.

await() ->
    receive
        Message -> Message
    end.
