-module(proc_workers_pool).
-export([main/0]).
%% A pool of workers taking jobs from a dispatcher; results sorted before printing.
main() ->
    Self = self(),
    Workers = [spawn(fun() -> worker(Self) end) || _ <- lists:seq(1, 4)],
    Jobs = lists:seq(1, 40),
    dispatch(Jobs, Workers),
    Results = [receive {result, J, R} -> {J, R} end || J <- Jobs],
    [W ! stop || W <- Workers],
    io:format("~p~n", [lists:sort(Results)]).
dispatch(Jobs, Workers) ->
    lists:foldl(fun(J, [W | Ws]) -> W ! {job, J}, Ws ++ [W] end, Workers, Jobs).
worker(Parent) ->
    receive
        {job, J} -> Parent ! {result, J, J * J rem 17}, worker(Parent);
        stop -> ok
    end.
