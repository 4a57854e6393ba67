-module(erlang_misc_bifs).
-export([main/0]).
main() ->
    R1 = make_ref(), R2 = make_ref(),
    io:format("~p ~p ~p~n", [is_reference(R1), R1 =:= R2, R1 =:= R1]),
    U1 = erlang:unique_integer([positive, monotonic]),
    U2 = erlang:unique_integer([positive, monotonic]),
    io:format("~p ~p~n", [U2 > U1, U1 > 0]),
    T1 = erlang:monotonic_time(), T2 = erlang:monotonic_time(),
    io:format("~p~n", [T2 >= T1]),
    S = erlang:system_time(second),
    io:format("~p~n", [S > 1600000000]),
    {Mega, Sec, Micro} = os:timestamp(),
    io:format("~p~n", [is_integer(Mega + Sec + Micro)]),
    io:format("~p~n", [erlang:convert_time_unit(1, second, millisecond)]),
    io:format("~p~n", [erlang:convert_time_unit(1500, millisecond, second)]),
    io:format("~p~n", [node()]),
    io:format("~p~n", [is_alive()]),
    io:format("~p~n", [erlang:is_builtin(erlang, element, 2)]),
    io:format("~p~n", [erlang:function_exported(lists, reverse, 1)]),
    io:format("~p~n", [erlang:function_exported(?MODULE, nope, 0)]),
    io:format("~p~n", [erlang:external_size(ok) > 0]),
    io:format("~p~n", [erlang:bump_reductions(10)]),
    io:format("~p~n", [erlang:yield()]).
