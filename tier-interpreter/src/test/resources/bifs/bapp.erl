%% A larger program using many pure BIFs together: a word counter that tokenises text,
%% counts in the process dictionary, reports with number/atom conversions, buckets words by
%% phash2 and round-trips its report through the external term format.
-module(bapp).
-export([t/1]).

text() ->
    "the quick brown fox jumps over the lazy dog the fox barks 42 times and "
    "the dog sleeps 7 hours while 3.5 cats watch the fox".

t(1) -> report(text());
t(2) -> buckets(words(text()), 4);
t(3) -> R = report(text()), binary_to_term(term_to_binary(R, [compressed])) =:= R;
t(4) -> numbers(words(text())).

words(Text) -> words(Text, [], []).
words([], [], Acc) -> lists:reverse(Acc);
words([], Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]);
words([$\s | Rest], [], Acc) -> words(Rest, [], Acc);
words([$\s | Rest], Cur, Acc) -> words(Rest, [], [lists:reverse(Cur) | Acc]);
words([C | Rest], Cur, Acc) -> words(Rest, [C | Cur], Acc).

report(Text) ->
    erase(),
    [count(list_to_atom(W)) || W <- words(Text)],
    Counts = lists:sort(fun({_, A}, {_, B}) -> A >= B end, get()),
    Top = lists:sublist(Counts, 3),
    Lines = [atom_to_list(W) ++ "=" ++ integer_to_list(N) || {W, N} <- Top],
    {length(get_keys()), Lines, lists:keyfind(fox, 1, Counts), lists:keymember(cat, 1, Counts)}.

count(Word) ->
    case get(Word) of
        undefined -> put(Word, 1);
        N -> put(Word, N + 1)
    end.

buckets(Words, N) ->
    Tagged = [{erlang:phash2(W, N), W} || W <- Words],
    Tuple = erlang:make_tuple(N, 0),
    lists:foldl(fun({B, _}, T) -> setelement(B + 1, T, element(B + 1, T) + 1) end, Tuple, Tagged).

numbers(Words) ->
    Ints = [list_to_integer(W) || W <- Words, lists:all(fun(C) -> C >= $0 andalso C =< $9 end, W)],
    Floats = [list_to_float(W) || W <- Words, lists:member($., W)],
    Sum = lists:sum(Ints) + lists:sum(Floats),
    {Ints, Floats, float_to_list(Sum, [{decimals, 2}]), float_to_list(Sum / 7, [short]),
     integer_to_list(lists:sum(Ints), 2), list_to_tuple(Ints), tuple_to_list(list_to_tuple(Ints)) -- [7]}.
