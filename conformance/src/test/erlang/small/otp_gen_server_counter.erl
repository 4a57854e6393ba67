-module(otp_gen_server_counter).
-behaviour(gen_server).
-export([main/0]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
main() ->
    {ok, Pid} = gen_server:start_link(?MODULE, 10, []),
    io:format("~p~n", [gen_server:call(Pid, get)]),
    gen_server:cast(Pid, {add, 5}),
    io:format("~p~n", [gen_server:call(Pid, get)]),
    Pid ! {add_info, 100},
    io:format("~p~n", [gen_server:call(Pid, get)]),
    io:format("~p~n", [gen_server:call(Pid, {div_by, 5})]),
    io:format("~p~n", [try gen_server:call(Pid, slow, 50) catch exit:{timeout, {gen_server, call, [_, Req, T]}} -> {timeout, Req, T} end]),
    io:format("~p~n", [gen_server:stop(Pid)]).
init(N) -> {ok, N}.
handle_call(get, _From, N) -> {reply, N, N};
handle_call({div_by, D}, _From, N) -> {reply, N div D, N};
handle_call(slow, _From, N) -> timer:sleep(200), {reply, late, N}.
handle_cast({add, K}, N) -> {noreply, N + K}.
handle_info({add_info, K}, N) -> {noreply, N + K}.
terminate(Reason, N) -> io:format("terminate ~p ~p~n", [Reason, N]).
