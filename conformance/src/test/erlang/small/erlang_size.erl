-module(erlang_size).
-export([main/0, size_of/1, guarded/1]).
%% size/1 on tuples, binaries and bitstrings (whole bytes only), its badarg, and as a guard.
main() ->
    Values = [{}, {a, b, c}, <<>>, <<1, 2, 3>>, <<1:3>>, <<1, 2, 3:4>>, [1], 7, atom, #{}],
    io:format("~p~n", [[result(fun() -> ?MODULE:size_of(V) end) || V <- Values]]),
    io:format("~p~n", [[?MODULE:guarded(V) || V <- Values]]).

size_of(X) -> size(X).

guarded(X) when size(X) > 2 -> big;
guarded(X) when size(X) >= 0 -> small;
guarded(_) -> neither.

result(F) ->
    try F()
    catch error:Reason:Stack -> {error, Reason, hd(Stack)}
    end.
