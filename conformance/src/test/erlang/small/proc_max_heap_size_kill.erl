-module(proc_max_heap_size_kill).
-export([main/0]).
%% A process over its max_heap_size is killed (reason killed, no catch stops it); its links
%% and monitors hear of it and every other process runs on. kill => false lets it live.
main() ->
    Bystander = spawn(fun() -> receive {ask, From} -> From ! {alive, self()} end end),
    Limit = #{size => 4000, kill => true, error_logger => false},
    {Greedy, Ref} = spawn_opt(fun() -> catch grow(0, []) end, [{max_heap_size, Limit}, monitor]),
    receive {'DOWN', Ref, process, Greedy, Why} -> io:format("greedy: ~p~n", [Why]) end,
    process_flag(trap_exit, true),
    Linked = spawn_opt(fun() -> grow(0, []) end, [link, {max_heap_size, Limit}]),
    receive {'EXIT', Linked, Why2} -> io:format("linked: ~p~n", [Why2]) end,
    Bystander ! {ask, self()},
    receive {alive, Bystander} -> io:format("bystander still alive~n") end,
    Spared = #{size => 4000, kill => false, error_logger => false},
    {Lives, Ref2} = spawn_opt(fun() -> exit({done, grow(0, [])}) end, [{max_heap_size, Spared}, monitor]),
    receive {'DOWN', Ref2, process, Lives, Why3} -> io:format("spared: ~p~n", [Why3]) end,
    {Small, Ref3} = spawn_opt(fun() -> exit({done, length(lists:seq(1, 100))}) end,
                              [{max_heap_size, Limit}, monitor]),
    receive {'DOWN', Ref3, process, Small, Why4} -> io:format("small: ~p~n", [Why4]) end,
    io:format("~p ~p~n", [is_process_alive(Greedy), is_process_alive(Bystander)]).

%% Builds a list of 50,000 numbers: far more than 4,000 words.
grow(50000, Acc) -> length(Acc);
grow(N, Acc) -> grow(N + 1, [N | Acc]).
