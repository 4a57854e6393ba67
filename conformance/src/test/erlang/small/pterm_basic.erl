-module(pterm_basic).
-export([main/0]).
main() ->
    persistent_term:put({?MODULE, config}, #{level => 3, name => "x"}),
    io:format("~p~n", [persistent_term:get({?MODULE, config})]),
    io:format("~p~n", [persistent_term:get({?MODULE, missing}, default)]),
    io:format("~p~n", [catch persistent_term:get({?MODULE, missing})]),
    persistent_term:put({?MODULE, n}, 1),
    persistent_term:put({?MODULE, n}, 2),
    io:format("~p~n", [persistent_term:get({?MODULE, n})]),
    io:format("~p~n", [persistent_term:erase({?MODULE, n})]),
    io:format("~p~n", [persistent_term:erase({?MODULE, n})]),
    Mine = [K || {{?MODULE, _} = K, _} <- persistent_term:get()],
    io:format("~p~n", [Mine]).
