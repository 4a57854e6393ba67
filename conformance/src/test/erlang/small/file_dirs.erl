-module(file_dirs).
-export([main/0]).
main() ->
    Dir = "file_dirs_" ++ os:getpid(),
    io:format("~p~n", [file:make_dir(Dir)]),
    io:format("~p~n", [file:make_dir(Dir)]),
    [ok = file:write_file(filename:join(Dir, N), N) || N <- ["b.txt", "a.txt", "c.dat"]],
    {ok, Names} = file:list_dir(Dir),
    io:format("~p~n", [lists:sort(Names)]),
    io:format("~p~n", [file:rename(filename:join(Dir, "c.dat"), filename:join(Dir, "d.dat"))]),
    io:format("~p~n", [lists:sort(filelib:wildcard("*.txt", Dir))]),
    io:format("~p~n", [filelib:is_dir(Dir)]),
    io:format("~p~n", [filelib:is_regular(filename:join(Dir, "d.dat"))]),
    io:format("~p~n", [file:del_dir(Dir)]),
    [ok = file:delete(filename:join(Dir, N)) || N <- ["a.txt", "b.txt", "d.dat"]],
    io:format("~p~n", [file:del_dir(Dir)]),
    {ok, Cwd} = file:get_cwd(),
    io:format("~p~n", [filename:basename(Cwd) =/= ""]),
    io:format("~p~n", [file:read_file_info("no/such/file")]),
    io:format("~p~n", [file:list_dir("no_such_dir_here")]).
