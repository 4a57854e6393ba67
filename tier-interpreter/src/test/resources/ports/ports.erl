%% Ports, one behaviour per function; each runs as the first process and returns a term with
%% ports, pids and references replaced by atoms (their numbers differ between VMs).
-module(ports).
-export([spawn_exit_status/0, spawn_line/0, cat_binary/0, cat_list_close_message/0,
         info_shape/0, exit_and_monitor/0, badsig/0, badargs/0, owner_exit_closes/0, packet/0,
         executable_args_env_cd/0, connect/0, set_data/0, fd_write/0, fd_read/0]).

spawn_exit_status() ->
    _ = open_port({spawn, "echo hi; exit 3"}, [exit_status, eof]),
    norm(until(fun({_, eof}) -> true; (_) -> false end)).

spawn_line() ->
    process_flag(trap_exit, true),
    _ = open_port({spawn, "printf 'a\\nbcdef\\nxy'"}, [{line, 3}, exit_status]),
    norm(until(fun({'EXIT', _, _}) -> true; (_) -> false end)).

cat_binary() ->
    process_flag(trap_exit, true),
    P = open_port({spawn, "cat"}, [binary]),
    true = port_command(P, ["ab", <<"cd">>, [$e | <<"f">>]]),
    P ! {self(), {command, <<"gh">>}},
    Data = collect(P, 8, <<>>),
    true = port_close(P),
    norm({Data, until(fun({'EXIT', _, _}) -> true; (_) -> false end)}).

collect(_, 0, Acc) -> Acc;
collect(P, N, Acc) -> receive {P, {data, B}} -> collect(P, N - byte_size(B), <<Acc/binary, B/binary>>) end.

cat_list_close_message() ->
    process_flag(trap_exit, true),
    P = open_port({spawn, "cat"}, []),
    port_command(P, "xyz"),
    First = receive {P, {data, D}} -> D end,
    P ! {self(), close},
    norm({First, until(fun({_, closed}) -> true; (_) -> false end), erlang:port_info(P)}).

info_shape() ->
    P = open_port({spawn, "cat"}, []),
    Info = erlang:port_info(P),
    Keys = [K || {K, _} <- Info],
    Self = self(),
    R = {Keys, erlang:port_info(P, name), erlang:port_info(P, connected) =:= {connected, Self},
         erlang:port_info(P, links) =:= {links, [Self]}, erlang:port_info(P, input), erlang:port_info(P, output),
         erlang:port_info(P, registered_name), erlang:port_info(P, monitors), erlang:port_info(P, queue_size),
         lists:member(P, erlang:ports()), lists:member(P, element(2, process_info(self(), links)))},
    port_close(P),
    norm({R, erlang:port_info(P), erlang:port_info(P, name), lists:member(P, erlang:ports())}).

exit_and_monitor() ->
    process_flag(trap_exit, true),
    P = open_port({spawn, "cat"}, []),
    _ = erlang:monitor(port, P),
    true = exit(P, normal),
    true = exit(P, foo),
    norm(until(fun({'DOWN', _, _, _, _}) -> true; (_) -> false end)).

badsig() ->
    process_flag(trap_exit, true),
    P = open_port({spawn, "cat"}, []),
    spawn(fun() -> P ! {self(), close} end),
    Q = open_port({spawn, "cat"}, []),
    spawn(fun() -> Q ! {self(), {command, "x"}} end),
    R = open_port({spawn, "cat"}, []),
    R ! hello,
    norm([receive {'EXIT', X, Why} -> {X, Why} end || X <- [P, Q, R]]).

badargs() ->
    process_flag(trap_exit, true),
    Closed = open_port({spawn, "cat"}, []),
    port_close(Closed),
    Open = open_port({spawn, "cat"}, []),
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    receive {'DOWN', Ref, _, _, _} -> ok end,
    Tries = [fun() -> open_port({foo, "x"}, []) end,
             fun() -> open_port({spawn, "x"}, [bad]) end,
             fun() -> open_port({fd, 0, 1}, foo) end,
             fun() -> open_port({spawn, "x"}, [{packet, 3}]) end,
             fun() -> open_port({spawn, "x"}, [{line, 0}]) end,
             fun() -> open_port({spawn_executable, "/nonexistent/x"}, []) end,
             fun() -> open_port({spawn_executable, "/etc/passwd"}, []) end,
             fun() -> port_command(Closed, "x") end,
             fun() -> port_command(Open, [256]) end,
             fun() -> port_command(Open, "x", [bad]) end,
             fun() -> port_command(Open, "x", [force]) end,
             fun() -> port_command(self(), "x") end,
             fun() -> port_close(Closed) end,
             fun() -> port_control(Open, 1, []) end,
             fun() -> erlang:port_call(Open, 1, x) end,
             fun() -> erlang:port_info(Closed) end,
             fun() -> erlang:port_info(Closed, id) end,
             fun() -> erlang:port_info(Open, bad) end,
             fun() -> erlang:port_info(self()) end,
             fun() -> port_connect(Open, Dead) end,
             fun() -> erlang:port_get_data(Closed) end,
             fun() -> link(Closed) end,
             fun() -> Closed ! {self(), close} end],
    Results = [try T() of V -> {ok, V} catch C:E -> {C, E} end || T <- Tries],
    M = erlang:monitor(port, Closed),
    Down = receive {'DOWN', M, port, _, Why} -> Why end,
    norm({Results, Down, until(fun({'EXIT', _, noproc}) -> true; (_) -> false end)}).

owner_exit_closes() ->
    Self = self(),
    Owner = spawn(fun() ->
                          P = open_port({spawn, "cat"}, []),
                          Self ! {port, P},
                          receive go -> exit(boom) end
                  end),
    P = receive {port, X} -> X end,
    M = erlang:monitor(port, P),
    Owner ! go,
    norm({receive {'DOWN', M, port, P, Why} -> Why end, erlang:port_info(P)}).

packet() ->
    P = open_port({spawn, "cat"}, [{packet, 1}]),
    port_command(P, "hello"),
    R = receive {P, {data, D}} -> D end,
    port_close(P),
    R.

executable_args_env_cd() ->
    process_flag(trap_exit, true),
    _ = open_port({spawn_executable, "/bin/sh"},
                  [{args, ["-c", "echo $X $0; pwd; echo oops 1>&2"]}, {env, [{"X", "1"}]}, {cd, "/tmp"},
                   stderr_to_stdout, {line, 80}, exit_status, use_stdio, hide]),
    norm(until(fun({'EXIT', _, _}) -> true; (_) -> false end)).

connect() ->
    process_flag(trap_exit, true),
    P = open_port({spawn, "cat"}, []),
    Self = self(),
    Other = spawn(fun() -> receive {P, {data, D}} -> Self ! {other_got, D} end end),
    true = port_connect(P, Other),
    Connected = erlang:port_info(P, connected) =:= {connected, Other},
    port_command(P, "ping"),
    Got = receive {other_got, D} -> D end,
    unlink(P),
    _ = (catch port_close(P)),
    {Connected, Got}.

set_data() ->
    P = open_port({spawn, "cat"}, []),
    Before = erlang:port_get_data(P),
    true = erlang:port_set_data(P, {some, [data, <<"bin">>]}),
    After = erlang:port_get_data(P),
    port_close(P),
    {Before, After}.

%% Writes through an {fd, 0, 1} output port; the test compares the bytes on standard output.
fd_write() ->
    P = open_port({fd, 0, 1}, [out, binary]),
    true = port_command(P, ["one ", <<"two ">>, [$3 | <<"\n">>]]),
    P ! {self(), {command, "four\n"}},
    R = (catch port_control(P, 16#018b0900 + 100, [])),
    true = port_command(P, [atom_to_list(element(1, R)), $\n]),
    port_close(P),
    ok.

%% Reads standard input through an {fd, 0, 1} port until end of file; echoes what it read.
fd_read() ->
    P = open_port({fd, 0, 1}, [eof, binary]),
    Data = read_all(P, <<>>),
    port_command(P, [<<"read ">>, integer_to_list(byte_size(Data)), $\s, Data, $\n]),
    ok.

read_all(P, Acc) ->
    receive
        {P, {data, D}} -> read_all(P, <<Acc/binary, D/binary>>);
        {P, eof} -> Acc
    end.

until(Last) ->
    receive M ->
            case Last(M) of
                true -> [M];
                false -> [M | until(Last)]
            end
    after 5000 -> [timeout]
    end.

norm(T) when is_port(T) -> port;
norm(T) when is_pid(T) -> pid;
norm(T) when is_reference(T) -> ref;
norm({os_pid, N}) when is_integer(N) -> {os_pid, int};
norm({id, N}) when is_integer(N) -> {id, int};
norm(T) when is_list(T) -> [norm(E) || E <- T];
norm(T) when is_tuple(T) -> list_to_tuple(norm(tuple_to_list(T)));
norm(T) -> T.
