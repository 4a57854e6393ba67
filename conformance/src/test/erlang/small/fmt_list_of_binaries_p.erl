-module(fmt_list_of_binaries_p).
-export([main/0]).
main() ->
    L = [<<"key-", (integer_to_binary(N))/binary>> || N <- lists:seq(1, 25)],
    io:format("~p~n", [L]),
    io:format("~p~n", [{config, [{timeout, 5000}, {retries, 3}, {hosts, ["alpha.example", "beta.example", "gamma.example"]}]}]),
    io:format("~p~n", [lists:zip(lists:seq(1, 12), [list_to_atom([$a + N]) || N <- lists:seq(0, 11)])]).
