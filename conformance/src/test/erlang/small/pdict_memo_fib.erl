-module(pdict_memo_fib).
-export([main/0]).
%% Memoisation in the process dictionary.
main() ->
    io:format("~w~n", [fib(200)]),
    io:format("~w~n", [length([K || {{fib, _} = K, _} <- get()])]).
fib(N) when N < 2 -> N;
fib(N) ->
    case get({fib, N}) of
        undefined -> V = fib(N - 1) + fib(N - 2), put({fib, N}, V), V;
        V -> V
    end.
