-module(otp_application_env).
-export([main/0]).
main() ->
    io:format("~p~n", [application:get_env(kernel, no_such_key_xyz)]),
    application:set_env(my_app_xyz, key, value),
    io:format("~p~n", [application:get_env(my_app_xyz, key)]),
    io:format("~p~n", [application:get_env(my_app_xyz, other, dflt)]),
    Apps = [A || {A, _, _} <- application:which_applications()],
    io:format("~p~n", [lists:sort(Apps)]),
    io:format("~p~n", [application:ensure_all_started(kernel)]).
