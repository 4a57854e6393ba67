-module(fact).
-export([fact/1, run/1]).
fact(0) -> 1;
fact(N) when N > 0 -> N * fact(N - 1).
run(N) -> F = fact(N), {F, F div fact(N - 5), F rem 1000007, -F band 16#FFFFFFFFFFFFFFFFFFFF, F bsr 100, (F bsl 3) bxor 7, F - F * 2, abs(-F) bor 1}.
