-module(try_crash_try_clause).
-export([main/0]).
%% No clause of the try's 'of' section matches, uncaught.
main() ->
    try id(unexpected) of
        expected -> ok
    catch
        _:_ -> caught
    end.
id(X) -> lists:last([X]).
