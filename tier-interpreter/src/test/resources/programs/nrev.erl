-module(nrev).
-export([run/1, seq/2, rev/1, app/2, sum/1, deep/1]).
seq(N, M) when N > M -> [];
seq(N, M) -> [N | seq(N + 1, M)].
app([], Ys) -> Ys;
app([X | Xs], Ys) -> [X | app(Xs, Ys)].
rev([]) -> [];
rev([X | Xs]) -> app(rev(Xs), [X]).
sum(L) -> sum(L, 0).
sum([], Acc) -> Acc;
sum([H | T], Acc) -> sum(T, Acc + H).
run(N) -> L = seq(1, N), R = rev(L), {length(R), hd(R), sum(R), app(R, seq(-3, -1))}.
deep(N) -> sum(seq(1, N)).
