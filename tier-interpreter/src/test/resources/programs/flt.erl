-module(flt).
-export([run/1]).
mean(L) -> sum(L) / length(L).
sum([]) -> 0;
sum([H | T]) -> H + sum(T).
series(0, Acc) -> Acc;
series(N, Acc) -> series(N - 1, Acc + 1 / (N * N)).
run(N) -> L = [X / 3 || X <- lists:seq(1, N)], {mean(L), series(N, 0), float(N) * 2.5, N / 4, -(N / 7), abs(-N / 8), trunc(N / 3), round(N / 3)}.
