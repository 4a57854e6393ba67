-module(proc_spawn_reply).
-export([main/0]).
main() ->
    Parent = self(),
    Pids = [spawn(fun() -> Parent ! {self(), N * N} end) || N <- lists:seq(1, 5)],
    Results = [receive {P, V} -> V end || P <- Pids],
    io:format("~w~n", [Results]),
    io:format("~w~n", [lists:all(fun is_pid/1, Pids)]).
