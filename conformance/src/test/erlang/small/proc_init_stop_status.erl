-module(proc_init_stop_status).
-export([main/0]).
%% init:stop/1 shuts the system down in order and exits with the status.
main() ->
    io:format("stopping~n"),
    init:stop(5).
