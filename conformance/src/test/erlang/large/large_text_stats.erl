-module(large_text_stats).
-export([main/0]).
%% Text statistics over a generated corpus: word frequencies, bigrams, sentence lengths,
%% letter histogram, longest words, a type/token ratio and a simple readability score.

main() ->
    Text = corpus(),
    io:format("chars ~w, bytes ~w~n", [string:length(Text), byte_size(unicode:characters_to_binary(Text))]),
    Sentences = [S || S <- string:lexemes(Text, ".!?"), string:trim(S) =/= ""],
    Words = [string:lowercase(W) || W <- string:lexemes(Text, " \n\t.,;:!?()\"")],
    io:format("sentences ~w, words ~w~n", [length(Sentences), length(Words)]),
    Freq = count(Words),
    Top = lists:sublist(lists:sort(fun({A, X}, {B, Y}) -> {Y, A} =< {X, B} end, maps:to_list(Freq)), 12),
    [io:format("~-10s ~4w ~s~n", [W, N, lists:duplicate(N div 2, $#)]) || {W, N} <- Top],
    Bigrams = count(lists:zip(lists:droplast(Words), tl(Words))),
    TopB = lists:sublist(lists:sort(fun({A, X}, {B, Y}) -> {Y, A} =< {X, B} end, maps:to_list(Bigrams)), 5),
    io:format("bigrams ~p~n", [TopB]),
    Lens = [length(string:lexemes(S, " \n,;:")) || S <- Sentences],
    io:format("sentence lengths min ~w max ~w mean ~.2f~n", [lists:min(Lens), lists:max(Lens), lists:sum(Lens) / length(Lens)]),
    Letters = count([C || C <- string:lowercase(Text), C >= $a, C =< $z]),
    [io:format("~c ~5.2f%~n", [C, 100 * N / lists:sum(maps:values(Letters))]) || {C, N} <- lists:sort(maps:to_list(Letters)), N > 60],
    Longest = lists:sublist(lists:usort(fun(A, B) -> {-length(A), A} =< {-length(B), B} end, Words), 5),
    io:format("longest ~p~n", [Longest]),
    io:format("type/token ~.4f~n", [map_size(Freq) / length(Words)]),
    Syll = lists:sum([syllables(W) || W <- Words]),
    Score = 206.835 - 1.015 * (length(Words) / length(Sentences)) - 84.6 * (Syll / length(Words)),
    io:format("syllables ~w, reading ease ~.1f~n", [Syll, Score]).

corpus() ->
    Base = ["The quick brown fox jumps over the lazy dog. ",
            "A virtual machine interprets instructions one at a time, while a compiler translates them ahead of time! ",
            "Erlang processes share nothing; they communicate by sending messages. ",
            "Why do programmers prefer dark mode? Because light attracts bugs. ",
            "Garbage collection reclaims memory that the program can no longer reach, generation by generation. ",
            "The scheduler counts reductions (function calls, mostly) and preempts a process when its budget runs out. "],
    lists:flatten([lists:nth(I rem length(Base) + 1, Base) || I <- lists:seq(0, 59)]).

count(L) -> lists:foldl(fun(X, M) -> maps:update_with(X, fun(N) -> N + 1 end, 1, M) end, #{}, L).

syllables(W) ->
    Groups = string:lexemes([case lists:member(C, "aeiouy") of true -> $v; false -> $c end || C <- W], "c"),
    max(1, length(Groups)).
