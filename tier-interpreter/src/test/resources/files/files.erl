%% Files through prim_file and file's raw mode, one behaviour per function; each runs as the
%% first process, in its own fresh directory under target/files-tmp (relative names only, so
%% erl and jbeam print the same), and returns a term free of references, pids, inodes and
%% times that differ between runs.
-module(files).
-include_lib("kernel/include/file.hrl").
-export([open_errors/0, read_write_position/0, modes/0, path_errors/0, links/0, list_dir/0,
         file_info/0, write_file_info/0, handle_info/0, raw_file_api/0, read_ahead_lines/0,
         list_mode/0, pread_pwrite_lists/0, prim_buffer/0, not_owner/0, big_file/0,
         directory_handle/0, names/0, ipread/0, cwd/0, os_cmd/0, closed_handle/0]).

fresh(Name) ->
    Dir = "target/files-tmp/" ++ atom_to_list(Name),
    ok = remove("target/files-tmp/" ++ atom_to_list(Name)),
    prim_file:make_dir("target"),
    prim_file:make_dir("target/files-tmp"),
    ok = prim_file:make_dir(Dir),
    Dir.

remove(Path) ->
    case prim_file:read_link_info(Path) of
        {ok, #file_info{type = directory}} ->
            {ok, Names} = prim_file:list_dir(Path),
            [ok = remove(Path ++ "/" ++ N) || N <- Names],
            prim_file:del_dir(Path);
        {ok, _} -> prim_file:delete(Path);
        {error, enoent} -> ok
    end.

p(D, Name) -> D ++ "/" ++ Name.

%% An exception as Class:Reason, without the stack (its shape differs between VMs).
c(F) -> try F() catch C:R -> {C, R} end.

open_errors() ->
    D = fresh(open_errors),
    ok = prim_file:make_dir(p(D, "sub")),
    ok = prim_file:write_file(p(D, "f"), <<"data">>),
    Opened = prim_file:open(p(D, "sub"), [read, directory]),
    [prim_file:open(p(D, "nofile"), [read]),
     prim_file:open(p(D, "sub"), [read]),
     prim_file:open(p(D, "sub"), [write]),
     element(1, Opened),
     prim_file:open(p(D, "x"), [write, directory]),
     prim_file:open(p(D, "sub"), [write, directory]),
     prim_file:open(p(D, "f"), [read, directory]),
     prim_file:open(p(D, "none"), [read, directory]),
     prim_file:open(p(D, "nofile/x"), [write]),
     prim_file:open(p(D, "f/x"), [write]),
     prim_file:open(p(D, "f/"), [read]),
     prim_file:open("", [read]),
     prim_file:open(p(D, "f"), [exclusive]),
     prim_file:open(p(D, "f"), foo),
     prim_file:open(['d', "/", <<"f">>], [read]),
     prim_file:read_file(p(D, "sub")),
     prim_file:read_file(""),
     prim_file:read_file(p(D, "nofile")),
     prim_file:read_file_info(""),
     prim_file:read_file_info(p(D, "nofile/x")),
     prim_file:read_file_info(p(D, "f/x"))].

read_write_position() ->
    D = fresh(read_write_position),
    {ok, F} = prim_file:open(p(D, "f"), [write, read]),
    R = [prim_file:write(F, ["abc", <<"def">>]), prim_file:position(F, bof), prim_file:read(F, 2),
         prim_file:read(F, 100), prim_file:read(F, 1), prim_file:position(F, {bof, -1}),
         prim_file:position(F, {eof, 10}), prim_file:truncate(F), prim_file:pread(F, 0, 100),
         prim_file:position(F, {bof, 2}), prim_file:truncate(F), prim_file:pread(F, 0, 100),
         prim_file:pread(F, 10, 100), prim_file:pread(F, -1, 100), prim_file:pwrite(F, 5, "zz"),
         prim_file:pread(F, 0, 100), prim_file:position(F, cur), prim_file:position(F, {cur, -1}),
         prim_file:position(F, 4), prim_file:read(F, 0), prim_file:write(F, []),
         prim_file:write(F, [<<>>, "q"]), prim_file:pread(F, 0, 100),
         prim_file:sync(F), prim_file:datasync(F), prim_file:advise(F, 0, 0, normal),
         prim_file:advise(F, 0, 0, foo), prim_file:advise(F, -1, 0, normal),
         prim_file:allocate(F, 0, 100), prim_file:pread(F, 0, 200),
         c(fun() -> prim_file:read(F, foo) end), prim_file:pread(F, 0, foo), prim_file:position(F, {foo, 1}),
         prim_file:position(F, {bof, foo}), prim_file:write(F, [foo]),
         prim_file:close(F), prim_file:read_file(p(D, "f"))],
    R.

modes() ->
    D = fresh(modes),
    ok = prim_file:write_file(p(D, "f"), <<"hello\n">>),
    {ok, R} = prim_file:open(p(D, "f"), [read]),
    {ok, A} = prim_file:open(p(D, "a"), [append]),
    {ok, W} = prim_file:open(p(D, "f"), [write, read]),
    {ok, T} = prim_file:open(p(D, "t"), [write, binary, raw]),
    Result =
        [prim_file:open(p(D, "f"), [exclusive]), element(1, prim_file:open(p(D, "g"), [exclusive])),
         prim_file:write(R, "x"), prim_file:truncate(R), prim_file:allocate(R, 0, 10), prim_file:read(A, 1),
         prim_file:write(A, "abc"), prim_file:pwrite(A, 0, "Z"), prim_file:position(A, cur),
         prim_file:read_file(p(D, "a")), prim_file:read(W, 3), prim_file:write(W, "XY"),
         prim_file:read_file(p(D, "f")), prim_file:position(W, eof), prim_file:read(W, 5),
         prim_file:read(T, 1), prim_file:write(T, <<"t">>), element(1, prim_file:open(p(D, "f"), [])),
         prim_file:read_file(p(D, "t"))],
    [prim_file:close(X) || X <- [R, A, W, T]],
    %% write alone truncates; read and write together does not.
    {ok, W2} = prim_file:open(p(D, "f"), [write]),
    ok = prim_file:close(W2),
    {ok, S} = prim_file:open(p(D, "s"), [write, sync]),
    ok = prim_file:write(S, "synced"),
    ok = prim_file:close(S),
    Result ++ [prim_file:read_file(p(D, "f")), prim_file:read_file(p(D, "s"))].

path_errors() ->
    D = fresh(path_errors),
    ok = prim_file:write_file(p(D, "f"), <<"hello\n">>),
    ok = prim_file:make_dir(p(D, "sub")),
    ok = prim_file:write_file(p(D, "sub/y"), <<"y">>),
    [prim_file:rename(p(D, "f"), p(D, "sub")), prim_file:rename(p(D, "sub"), p(D, "f")),
     prim_file:rename(p(D, "nope"), p(D, "x")), prim_file:rename(p(D, "sub"), p(D, "sub/z")),
     prim_file:make_dir(p(D, "sub")), prim_file:make_dir(p(D, "nope/x")), prim_file:make_dir(p(D, "f/x")),
     prim_file:del_dir(p(D, "sub")), prim_file:del_dir(p(D, "f")), prim_file:del_dir(p(D, "nope")),
     prim_file:delete(p(D, "sub")), prim_file:delete(p(D, "nope")),
     prim_file:rename(p(D, "f"), p(D, "g")), prim_file:read_file(p(D, "g")),
     prim_file:rename(p(D, "g"), p(D, "sub/y")), prim_file:read_file(p(D, "sub/y")),
     prim_file:delete(p(D, "sub/y")), prim_file:del_dir(p(D, "sub")), prim_file:list_dir(D)].

links() ->
    D = fresh(links),
    ok = prim_file:write_file(p(D, "f"), <<"hello\n">>),
    [prim_file:make_symlink("f", p(D, "lnk")), prim_file:make_symlink("nowhere", p(D, "dangling")),
     prim_file:make_symlink("f", p(D, "lnk")), prim_file:make_link(p(D, "f"), p(D, "f")),
     prim_file:make_link(p(D, "nope"), p(D, "h")), prim_file:make_link(p(D, "f"), p(D, "h")),
     prim_file:read_link(p(D, "f")), prim_file:read_link(p(D, "lnk")), prim_file:read_link(p(D, "nope")),
     prim_file:read_link_all(p(D, "dangling")),
     prim_file:read_file(p(D, "lnk")), prim_file:read_file(p(D, "dangling")),
     prim_file:read_file(p(D, "h")),
     element(#file_info.type, element(2, prim_file:read_link_info(p(D, "lnk")))),
     element(#file_info.type, element(2, prim_file:read_file_info(p(D, "lnk")))),
     prim_file:read_file_info(p(D, "dangling")),
     element(#file_info.type, element(2, prim_file:read_link_info(p(D, "dangling")))),
     element(#file_info.links, element(2, prim_file:read_file_info(p(D, "f")))),
     element(#file_info.inode, element(2, prim_file:read_file_info(p(D, "f"))))
         =:= element(#file_info.inode, element(2, prim_file:read_file_info(p(D, "h")))),
     prim_file:delete(p(D, "lnk")), prim_file:read_file(p(D, "f"))].

list_dir() ->
    D = fresh(list_dir),
    ok = prim_file:make_dir(p(D, "b")),
    [ok = prim_file:write_file(p(D, N), N) || N <- ["a", "c", "\x{e9}t\x{e9}"]],
    {ok, Names} = prim_file:list_dir(D),
    {ok, All} = prim_file:list_dir_all(D),
    [lists:sort(Names), lists:sort(All), prim_file:list_dir(p(D, "a")), prim_file:list_dir(p(D, "nope")),
     prim_file:list_dir(p(D, "b")), prim_file:read_file(p(D, "\x{e9}t\x{e9}"))].

info_fields(#file_info{size = S, type = T, access = A, mode = M, links = L}) -> {S, T, A, M, L}.

file_info() ->
    D = fresh(file_info),
    ok = prim_file:write_file(p(D, "f"), <<"12345">>),
    ok = prim_file:make_dir(p(D, "sub")),
    {ok, FI} = prim_file:read_file_info(p(D, "f")),
    {ok, DI} = prim_file:read_file_info(p(D, "sub")),
    {ok, Posix} = prim_file:read_file_info(p(D, "f"), [{time, posix}]),
    {ok, Univ} = prim_file:read_file_info(p(D, "f"), [{time, universal}]),
    {ok, Raw} = file:read_file_info(p(D, "f"), [raw, {time, posix}]),
    {ok, Dev} = prim_file:read_file_info("/dev/null"),
    [info_fields(FI), info_fields(DI), tuple_size(FI),
     is_integer(Posix#file_info.mtime), Univ#file_info.mtime =:= calendar:system_time_to_universal_time(Posix#file_info.mtime, second),
     Raw#file_info.size, Raw#file_info.mtime =:= Posix#file_info.mtime,
     {Dev#file_info.type, Dev#file_info.access},
     element(#file_info.type, element(2, file:read_file_info("/", [raw]))),
     file:read_file_info(p(D, "nope"), [raw]), file:read_link_info(p(D, "f"), [raw]) =:= {ok, FI},
     file:read_file_info("/bin/sh", [raw]) =/= error].

write_file_info() ->
    D = fresh(write_file_info),
    F = p(D, "f"),
    ok = prim_file:write_file(F, <<"x">>),
    R1 = file:write_file_info(F, #file_info{mode = 8#640, atime = 1000000000, mtime = 1200000000}, [raw, {time, posix}]),
    {ok, I1} = prim_file:read_file_info(F, [{time, posix}]),
    R2 = file:write_file_info(F, #file_info{mtime = {{2001, 2, 3}, {4, 5, 6}}, atime = {{2001, 2, 3}, {4, 5, 6}}},
                              [raw, {time, universal}]),
    {ok, I2} = prim_file:read_file_info(F, [{time, universal}]),
    R3 = file:write_file_info(F, #file_info{mode = 8#400}, [raw]),
    {ok, I3} = prim_file:read_file_info(F),
    R4 = file:write_file_info(p(D, "nope"), #file_info{mode = 8#400, mtime = 0}, [raw, {time, posix}]),
    {ok, Mine} = prim_file:read_file_info(F),
    R5 = file:write_file_info(F, #file_info{uid = Mine#file_info.uid, gid = Mine#file_info.gid, mtime = 5},
                              [raw, {time, posix}]),
    R6 = file:write_file_info(F, #file_info{uid = 0, mtime = 5}, [raw, {time, posix}]),
    [R1, I1#file_info.mode band 8#7777, I1#file_info.atime, I1#file_info.mtime,
     R2, I2#file_info.mtime, I2#file_info.atime, R3, I3#file_info.mode band 8#7777, I3#file_info.access,
     R4, R5, R6].

handle_info() ->
    D = fresh(handle_info),
    {ok, F} = file:open(p(D, "f"), [raw, write, binary]),
    ok = file:write(F, <<"abcdef">>),
    {ok, I} = prim_file:read_handle_info(F, [{time, posix}]),
    ViaFile = file:read_file_info(F, [raw]),
    {ok, P} = prim_file:read_file_info(p(D, "f"), [{time, posix}]),
    ok = file:close(F),
    {ok, R} = file:open(p(D, "f"), [raw, read, binary]),
    {ok, RI} = prim_file:read_handle_info(R),
    ok = file:close(R),
    {ok, L} = file:open(p(D, "f"), [raw, read]),
    {ok, LI} = file:read_file_info(L, [raw]),
    ok = file:close(L),
    [info_fields(I), I#file_info.mtime =:= P#file_info.mtime, info_fields(RI), element(1, ViaFile), info_fields(LI)].

raw_file_api() ->
    D = fresh(raw_file_api),
    F = p(D, "f"),
    R1 = file:write_file(F, ["abc", $d, <<"ef">>], [raw]),
    {ok, Fd} = file:open(F, [raw, read, write, binary]),
    R = [R1, file:read(Fd, 2), file:position(Fd, {cur, 1}), file:read(Fd, 10), file:read(Fd, 1),
         file:position(Fd, bof), file:write(Fd, "XY"), file:position(Fd, cur), file:pread(Fd, 0, 3),
         file:pwrite(Fd, 6, <<"gh">>), file:position(Fd, eof), file:truncate(Fd), file:sync(Fd),
         file:datasync(Fd), file:advise(Fd, 0, 0, sequential), file:allocate(Fd, 0, 8),
         file:close(Fd), file:close(Fd), file:write_file(p(D, "g"), <<"new">>, [raw, append]),
         file:write_file(p(D, "g"), <<"more">>, [raw, append]), file:write_file(p(D, "nope/x"), <<>>, [raw]),
         file:open(p(D, "nope"), [raw, read]), c(fun() -> file:open(F, [raw, ram]) end),
         file:delete(p(D, "g"), [raw]), file:delete(p(D, "g"), [raw]),
         prim_file:read_file(F)],
    R.

read_ahead_lines() ->
    D = fresh(read_ahead_lines),
    F = p(D, "f"),
    ok = prim_file:write_file(F, <<"first\nsecond\r\nthird\n\nlast">>),
    {ok, Fd} = file:open(F, [raw, read, binary, read_ahead]),
    L1 = file:read_line(Fd),
    L2 = file:read_line(Fd),
    Pos = file:position(Fd, cur),
    Rest = [file:read_line(Fd) || _ <- lists:seq(1, 4)],
    ok = file:close(Fd),
    {ok, Fd2} = file:open(F, [raw, read, binary, {read_ahead, 4}]),
    Chunks = [file:read(Fd2, 3) || _ <- lists:seq(1, 10)],
    ok = file:close(Fd2),
    {ok, Fd3} = file:open(F, [raw, read, binary]),
    Lines3 = [file:read_line(Fd3) || _ <- lists:seq(1, 6)],
    ok = file:close(Fd3),
    [L1, L2, Pos, Rest, Chunks, Lines3].

list_mode() ->
    D = fresh(list_mode),
    F = p(D, "f"),
    ok = prim_file:write_file(F, <<"line one\nline two\n">>),
    {ok, Fd} = file:open(F, [raw, read]),
    R = [file:read(Fd, 4), file:read_line(Fd), file:pread(Fd, 5, 3), file:read(Fd, 100), file:read(Fd, 1)],
    ok = file:close(Fd),
    R.

pread_pwrite_lists() ->
    D = fresh(pread_pwrite_lists),
    F = p(D, "f"),
    {ok, Fd} = file:open(F, [raw, read, write, binary]),
    R = [file:pwrite(Fd, [{0, <<"0123456789">>}, {12, "ab"}]), file:pread(Fd, [{0, 2}, {8, 10}, {100, 1}]),
         file:pread(Fd, 11, 3), file:pwrite(Fd, [{-1, "x"}]), file:position(Fd, {bof, -5})],
    ok = file:close(Fd),
    R.

prim_buffer() ->
    B = prim_buffer:new(),
    R = [prim_buffer:size(B), prim_buffer:write(B, [<<"hello ">>, <<"world\n">>]),
         prim_buffer:write(B, [<<"second line">>]), prim_buffer:size(B),
         prim_buffer:find_byte_index(B, $\n), prim_buffer:find_byte_index(B, $z),
         prim_buffer:read(B, 3), prim_buffer:find_byte_index(B, $w),
         iolist_to_binary(prim_buffer:read_iovec(B, 5)), prim_buffer:skip(B, 1), prim_buffer:size(B),
         prim_buffer:read(B, 7), c(fun() -> prim_buffer:read(B, 100) end), c(fun() -> prim_buffer:skip(B, 100) end),
         prim_buffer:try_lock(B), prim_buffer:try_lock(B), prim_buffer:unlock(B),
         c(fun() -> prim_buffer:unlock(B) end), c(fun() -> prim_buffer:find_byte_index(B, 256) end),
         prim_buffer:wipe(B), prim_buffer:size(B), c(fun() -> prim_buffer:size(foo) end),
         c(fun() -> prim_buffer:write(B, [foo]) end), c(fun() -> prim_buffer:size(make_ref()) end),
         prim_buffer:write(B, [list_to_binary(lists:duplicate(200, $x))]), byte_size(prim_buffer:read(B, 150)),
         prim_buffer:size(B)],
    R.

not_owner() ->
    D = fresh(not_owner),
    Self = self(),
    {ok, Fd} = file:open(p(D, "f"), [raw, write]),
    spawn(fun() -> Self ! {result, c(fun() -> file:write(Fd, "x") end), c(fun() -> file:close(Fd) end)} end),
    R = receive {result, W, C} -> {W, C} end,
    [R, file:write(Fd, "y"), file:close(Fd), prim_file:read_file(p(D, "f"))].

big_file() ->
    D = fresh(big_file),
    F = p(D, "f"),
    Data = << <<(I rem 251)>> || I <- lists:seq(1, 300000) >>,
    ok = file:write_file(F, Data, [raw]),
    {ok, Back} = prim_file:read_file(F),
    {ok, Fd} = file:open(F, [raw, read, binary, {read_ahead, 65536}]),
    Pieces = read_all(Fd, []),
    ok = file:close(Fd),
    [byte_size(Back), Back =:= Data, iolist_to_binary(Pieces) =:= Data, length(Pieces)].

read_all(Fd, Acc) ->
    case file:read(Fd, 40000) of
        {ok, B} -> read_all(Fd, [Acc, B]);
        eof -> Acc
    end.

directory_handle() ->
    D = fresh(directory_handle),
    {ok, Fd} = prim_file:open(D, [read, directory]),
    R = [prim_file:read(Fd, 10), prim_file:write(Fd, "x"), element(#file_info.type, element(2, prim_file:read_handle_info(Fd))),
         prim_file:close(Fd)],
    R.

names() ->
    [prim_file:internal_name2native("abc"), prim_file:internal_name2native(["a", [$b, [$c]]]),
     prim_file:internal_name2native("\x{e9}\x{1F600}"), prim_file:internal_name2native(<<"bin">>),
     c(fun() -> prim_file:internal_name2native("a\0b") end), c(fun() -> prim_file:internal_name2native([foo]) end),
     prim_file:internal_native2name(<<"caf", 195, 169>>),
     prim_file:read_file_info(<<"target/files-tmp/none">>), prim_file:read_file("a\0b")].

ipread() ->
    D = fresh(ipread),
    {ok, Fd} = file:open(p(D, "f"), [raw, read, write, binary]),
    ok = file:pwrite(Fd, 0, <<5:32, 16:32, 100:32, 4:32, "hello world">>),
    R = [file:ipread_s32bu_p32bu(Fd, 0, 100), file:ipread_s32bu_p32bu(Fd, 0, 4),
         file:ipread_s32bu_p32bu(Fd, 100, 10), file:ipread_s32bu_p32bu(Fd, 8, infinity),
         file:ipread_s32bu_p32bu(Fd, 20, 100), file:ipread_s32bu_p32bu(Fd, -1, 100)],
    ok = file:close(Fd),
    R.

cwd() ->
    D = fresh(cwd),
    {ok, Before} = prim_file:get_cwd(),
    ok = prim_file:write_file(p(D, "f"), <<"x">>),
    R = [prim_file:set_cwd(p(D, "f")), prim_file:set_cwd(p(D, "nope")), prim_file:set_cwd(D),
         prim_file:read_file("f"), element(1, prim_file:open("f", [read])), prim_file:list_dir("."),
         lists:suffix(D, element(2, prim_file:get_cwd())), prim_file:set_cwd(Before),
         prim_file:get_cwd() =:= {ok, Before}, prim_file:get_cwd("c:"), prim_file:get_cwd("x"),
         prim_file:altname(p(D, "f"))],
    R.

os_cmd() ->
    [os:cmd("echo hi"), os:cmd("printf 'a\\nb'"), os:cmd("exit 3"), os:cmd("echo err 1>&2"),
     os:cmd(["echo", " ", "deep"]),
     %% binary:match/2,3 and binary:copy/2, which os:cmd/1 uses to find its end of output.
     binary:match(<<"abcabc">>, <<"ca">>), binary:match(<<"abc">>, [<<"b">>, <<"bc">>, <<"x">>]),
     binary:match(<<"abc">>, <<"x">>), binary:match(<<"abcabc">>, <<"a">>, [{scope, {1, 5}}]),
     binary:match(<<"abcabc">>, <<"a">>, [{scope, {4, -3}}]), c(fun() -> binary:match(<<"a">>, <<>>) end),
     c(fun() -> binary:match(<<"a">>, <<"a">>, [{scope, {0, 2}}]) end), binary:copy(<<"ab">>, 3), binary:copy(<<"ab">>, 0)].

closed_handle() ->
    D = fresh(closed_handle),
    {ok, Fd} = prim_file:open(p(D, "f"), [write, read]),
    ok = prim_file:close(Fd),
    [prim_file:close(Fd), prim_file:read(Fd, 1), prim_file:write(Fd, "a"), prim_file:position(Fd, 0),
     prim_file:pread(Fd, 0, 1), prim_file:sync(Fd), prim_file:truncate(Fd), prim_file:read_handle_info(Fd),
     prim_file:get_handle(Fd), prim_file:ipread_s32bu_p32bu(Fd, 0, 10)].
