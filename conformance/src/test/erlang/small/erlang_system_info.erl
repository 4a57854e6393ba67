-module(erlang_system_info).
-export([main/0]).
main() ->
    io:format("~p~n", [erlang:system_info(otp_release)]),
    io:format("~p~n", [erlang:system_info(wordsize)]),
    io:format("~p~n", [erlang:system_info({wordsize, external})]),
    io:format("~p~n", [is_integer(erlang:system_info(schedulers))]),
    io:format("~p~n", [is_integer(erlang:system_info(process_count))]),
    io:format("~p~n", [erlang:system_info(machine)]),
    io:format("~p~n", [is_list(erlang:system_info(version))]),
    io:format("~p~n", [erlang:system_info(atom_limit) > 1000]),
    io:format("~p~n", [is_integer(erlang:system_info(process_limit))]),
    io:format("~p~n", [erlang:system_info(smp_support)]),
    io:format("~p~n", [erlang:system_info(threads)]).
