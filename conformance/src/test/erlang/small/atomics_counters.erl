-module(atomics_counters).
-export([main/0]).
main() ->
    A = atomics:new(3, [{signed, true}]),
    atomics:put(A, 1, 10),
    atomics:add(A, 2, -5),
    io:format("~p ~p ~p~n", [atomics:get(A, 1), atomics:get(A, 2), atomics:get(A, 3)]),
    io:format("~p~n", [atomics:add_get(A, 1, 5)]),
    io:format("~p~n", [atomics:exchange(A, 1, 100)]),
    io:format("~p~n", [atomics:compare_exchange(A, 1, 100, 7)]),
    io:format("~p~n", [atomics:compare_exchange(A, 1, 100, 8)]),
    io:format("~p~n", [maps:without([memory], atomics:info(A))]),
    io:format("~p~n", [try atomics:get(A, 4) catch error:R -> R end]),
    C = counters:new(2, [atomics]),
    Self = self(),
    Pids = [spawn(fun() -> [counters:add(C, 1, 1) || _ <- lists:seq(1, 1000)], Self ! {done, self()} end)
            || _ <- lists:seq(1, 4)],
    [receive {done, P} -> ok end || P <- Pids],
    counters:sub(C, 2, 3),
    io:format("~p ~p~n", [counters:get(C, 1), counters:get(C, 2)]),
    counters:put(C, 2, 99),
    io:format("~p~n", [maps:without([memory], counters:info(C))]),
    U = atomics:new(1, [{signed, false}]),
    atomics:sub(U, 1, 1),
    io:format("~p~n", [atomics:get(U, 1)]).
