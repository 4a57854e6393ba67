-module(file_io_basic).
-export([main/0]).
%% File I/O in the working directory; the name carries the OS pid so parallel runs do not collide.
main() ->
    Name = "file_io_basic_" ++ os:getpid() ++ ".txt",
    io:format("~p~n", [file:write_file(Name, <<"line one\nline two\n">>)]),
    io:format("~p~n", [file:read_file(Name)]),
    {ok, Info} = file:read_file_info(Name),
    io:format("~p ~p~n", [element(2, Info), element(3, Info)]),
    {ok, F} = file:open(Name, [read, binary]),
    io:format("~p~n", [file:read(F, 4)]),
    io:format("~p~n", [file:position(F, {bof, 9})]),
    io:format("~p~n", [file:read_line(F)]),
    io:format("~p~n", [file:read(F, 100)]),
    io:format("~p~n", [file:read(F, 1)]),
    ok = file:close(F),
    {ok, W} = file:open(Name, [append]),
    ok = file:write(W, "appended\n"),
    ok = file:close(W),
    io:format("~p~n", [file:read_file(Name)]),
    io:format("~p~n", [file:delete(Name)]),
    io:format("~p~n", [file:read_file(Name)]),
    io:format("~p~n", [file:delete(Name)]).
