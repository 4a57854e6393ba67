-module(try_clause_error).
-export([main/0]).
main() ->
    R = try
            try id(3) of
                1 -> one
            catch _:_ -> caught
            end
        catch error:E -> {outer, E}
        end,
    io:format("~p~n", [R]).
id(X) -> lists:last([X]).
