%% A small gen_server for procsig:gen_server_call/0: a counter.
-module(procsig_server).
-behaviour(gen_server).
-export([init/1, handle_call/3, handle_cast/2]).

init(N) -> {ok, N}.

handle_call({add, K}, _From, N) -> {reply, N + K, N + K};
handle_call(get, _From, N) -> {reply, N, N};
handle_call(stop, _From, N) -> {stop, normal, stopped, N}.

handle_cast({add, K}, N) -> {noreply, N + K}.
