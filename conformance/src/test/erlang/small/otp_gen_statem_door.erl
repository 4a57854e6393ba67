-module(otp_gen_statem_door).
-behaviour(gen_statem).
-export([main/0]).
-export([init/1, callback_mode/0, locked/3, open/3]).
main() ->
    {ok, P} = gen_statem:start_link(?MODULE, [1, 2, 3], []),
    [io:format("~p -> ~p~n", [D, gen_statem:call(P, {button, D})]) || D <- [1, 9, 1, 2, 3]],
    io:format("~p~n", [gen_statem:call(P, state)]),
    io:format("~p~n", [gen_statem:call(P, close)]),
    io:format("~p~n", [gen_statem:call(P, state)]),
    gen_statem:stop(P).
init(Code) -> {ok, locked, {Code, []}}.
callback_mode() -> state_functions.
locked({call, From}, {button, D}, {Code, Entered}) ->
    case Entered ++ [D] of
        Code -> {next_state, open, {Code, []}, [{reply, From, opened}]};
        E -> case lists:prefix(E, Code) of
                 true -> {keep_state, {Code, E}, [{reply, From, more}]};
                 false -> {keep_state, {Code, []}, [{reply, From, wrong}]}
             end
    end;
locked({call, From}, state, _) -> {keep_state_and_data, [{reply, From, locked}]}.
open({call, From}, close, Data) -> {next_state, locked, Data, [{reply, From, closed}]};
open({call, From}, state, _) -> {keep_state_and_data, [{reply, From, open}]}.
