-module(lib_queue).
-export([main/0]).
main() ->
    Q = lists:foldl(fun queue:in/2, queue:new(), [1, 2, 3, 4]),
    io:format("~w~n", [queue:to_list(Q)]),
    {{value, H}, Q2} = queue:out(Q),
    io:format("~w ~w~n", [H, queue:to_list(Q2)]),
    {{value, T}, Q3} = queue:out_r(Q2),
    io:format("~w ~w~n", [T, queue:to_list(Q3)]),
    Q4 = queue:in_r(0, Q3),
    io:format("~w ~w ~w~n", [queue:to_list(Q4), queue:len(Q4), queue:is_empty(Q4)]),
    io:format("~w~n", [queue:out(queue:new())]),
    io:format("~w~n", [queue:to_list(queue:reverse(Q))]),
    io:format("~w~n", [queue:to_list(queue:join(Q, queue:from_list([a, b])))]),
    io:format("~w~n", [queue:to_list(queue:filter(fun(X) -> X rem 2 =:= 0 end, Q))]),
    io:format("~w ~w~n", [queue:peek(Q), queue:peek_r(Q)]),
    io:format("~w~n", [queue:member(3, Q)]),
    {A, B} = queue:split(2, Q),
    io:format("~w ~w~n", [queue:to_list(A), queue:to_list(B)]).
