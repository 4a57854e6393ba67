-module(otp_gen_event).
-behaviour(gen_event).
-export([main/0, init/1, handle_event/2, handle_call/2]).
main() ->
    {ok, M} = gen_event:start_link(),
    ok = gen_event:add_handler(M, ?MODULE, []),
    [gen_event:notify(M, {event, N}) || N <- [1, 2, 3]],
    io:format("~p~n", [gen_event:call(M, ?MODULE, get)]),
    io:format("~p~n", [gen_event:which_handlers(M)]),
    gen_event:stop(M).
init([]) -> {ok, []}.
handle_event({event, N}, S) -> {ok, [N | S]}.
handle_call(get, S) -> {ok, lists:reverse(S), S}.
