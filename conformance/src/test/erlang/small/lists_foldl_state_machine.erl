-module(lists_foldl_state_machine).
-export([main/0]).
%% Counting words, lines and characters in one fold over the text.
main() ->
    Text = "the cat sat\non the mat\n\nand the end\n",
    {W, L, C, _} = lists:foldl(fun step/2, {0, 0, 0, out}, Text),
    io:format("~w ~w ~w~n", [L, W, C]).
step($\n, {W, L, C, _}) -> {W, L + 1, C + 1, out};
step($\s, {W, L, C, _}) -> {W, L, C + 1, out};
step(_, {W, L, C, out}) -> {W + 1, L, C + 1, in};
step(_, {W, L, C, in}) -> {W, L, C + 1, in}.
