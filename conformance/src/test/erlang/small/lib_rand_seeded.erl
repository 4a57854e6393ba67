-module(lib_rand_seeded).
-export([main/0]).
%% rand with an explicit seed is deterministic.
main() ->
    S0 = rand:seed_s(exsss, {1, 2, 3}),
    {L, _} = lists:foldl(fun(_, {Acc, S}) -> {X, S1} = rand:uniform_s(100, S), {[X | Acc], S1} end, {[], S0}, lists:seq(1, 10)),
    io:format("~w~n", [lists:reverse(L)]),
    _ = rand:seed(exrop, {7, 8, 9}),
    io:format("~w~n", [[rand:uniform(1000) || _ <- lists:seq(1, 5)]]),
    {F, _} = rand:uniform_s(rand:seed_s(exs1024s, {4, 5, 6})),
    io:format("~p~n", [F]).
