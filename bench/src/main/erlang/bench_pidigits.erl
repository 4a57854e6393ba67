%% Bignums: the first Size digits of pi with Gibbons' unbounded spigot algorithm; every step
%% multiplies and divides integers of thousands of bits.
-module(bench_pidigits).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 1000.
quick_size() -> 300.

run(N) ->
    Digits = digits(N, 1, 0, 1, 1, 3, 3, []),
    {length(Digits), lists:sublist(Digits, 10), jbeam_bench_lib:checksum(Digits)}.

%% The state (Q, R, T, K, M, X) of the spigot, as in Gibbons (2006).
digits(0, _Q, _R, _T, _K, _M, _X, Acc) ->
    lists:reverse(Acc);
digits(N, Q, R, T, K, M, X, Acc) ->
    case 4 * Q + R - T < M * T of
        true ->
            digits(N - 1, 10 * Q, 10 * (R - M * T), T, K, (10 * (3 * Q + R)) div T - 10 * M, X,
                   [M | Acc]);
        false ->
            digits(N, Q * K, (2 * Q + R) * X, T * X, K + 1, (Q * (7 * K + 2) + R * X) div (T * X),
                   X + 2, Acc)
    end.
