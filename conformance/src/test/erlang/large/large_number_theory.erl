-module(large_number_theory).
-export([main/0]).
%% Bignum number theory: sieve, modular exponentiation, Miller-Rabin, Pollard's rho,
%% extended Euclid, a toy RSA round trip, Fibonacci by matrix powers, digits of e.

main() ->
    Primes = sieve(2000),
    io:format("primes below 2000: ~w, last ~w~n", [length(Primes), lists:last(Primes)]),
    io:format("~w~n", [lists:sublist(Primes, 20)]),
    Mersenne = [P || P <- lists:sublist(Primes, 20), is_prime((1 bsl P) - 1)],
    io:format("Mersenne exponents: ~w~n", [Mersenne]),
    io:format("2^127-1 prime: ~w~n", [is_prime((1 bsl 127) - 1)]),
    io:format("2^128+1 prime: ~w~n", [is_prime((1 bsl 128) + 1)]),
    N = 600851475143 * 1000003,
    io:format("factors of ~w: ~w~n", [N, lists:sort(factor(N))]),
    F8 = (1 bsl 64) + 1,
    io:format("factors of F6: ~w~n", [lists:sort(factor(F8))]),
    {G, X, Y} = egcd(240, 46),
    io:format("egcd(240,46) = ~w ~w ~w~n", [G, X, Y]),
    P = next_prime(1 bsl 64), Q = next_prime(1 bsl 65),
    io:format("p=~w q=~w~n", [P, Q]),
    Nn = P * Q, Phi = (P - 1) * (Q - 1), E = 65537,
    D = modinv(E, Phi),
    io:format("d=~w~n", [D]),
    Msg = binary:decode_unsigned(<<"hello, rsa">>),
    C = powmod(Msg, E, Nn),
    io:format("cipher=~w~n", [C]),
    io:format("plain=~s~n", [binary:encode_unsigned(powmod(C, D, Nn))]),
    io:format("fib(500)=~w~n", [fib(500)]),
    io:format("e=~s~n", [e_digits(120)]),
    io:format("3^1000 mod 10^20 = ~w~n", [powmod(3, 1000, 100000000000000000000)]),
    io:format("digit sum of 2^1000: ~w~n", [lists:sum([C0 - $0 || C0 <- integer_to_list(1 bsl 1000)])]),
    io:format("100! trailing zeros: ~w~n", [trailing_zeros(fact(100))]).

sieve(N) -> sieve(lists:seq(2, N), []).
sieve([], Acc) -> lists:reverse(Acc);
sieve([P | Rest], Acc) when P * P > 2000 -> lists:reverse(Acc, [P | Rest]);
sieve([P | Rest], Acc) -> sieve([X || X <- Rest, X rem P =/= 0], [P | Acc]).

powmod(_, 0, M) -> 1 rem M;
powmod(B, E, M) when E rem 2 =:= 0 -> H = powmod(B, E div 2, M), H * H rem M;
powmod(B, E, M) -> B * powmod(B, E - 1, M) rem M.

is_prime(N) when N < 2 -> false;
is_prime(N) when N < 4 -> true;
is_prime(N) when N rem 2 =:= 0 -> false;
is_prime(N) ->
    {S, D} = split_pow2(N - 1, 0),
    lists:all(fun(A) -> A rem N =:= 0 orelse mr_pass(A, S, D, N) end,
              [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]).
split_pow2(D, S) when D rem 2 =:= 0 -> split_pow2(D div 2, S + 1);
split_pow2(D, S) -> {S, D}.
mr_pass(A, S, D, N) ->
    X = powmod(A, D, N),
    X =:= 1 orelse X =:= N - 1 orelse mr_loop(X, S - 1, N).
mr_loop(_, 0, _) -> false;
mr_loop(X, S, N) ->
    Y = X * X rem N,
    Y =:= N - 1 orelse mr_loop(Y, S - 1, N).

next_prime(N) -> case is_prime(N) of true -> N; false -> next_prime(N + 1) end.

factor(1) -> [];
factor(N) ->
    case is_prime(N) of
        true -> [N];
        false ->
            D = case N rem 2 of 0 -> 2; _ -> rho(N, 2, 2, 1, 1) end,
            factor(D) ++ factor(N div D)
    end.
rho(N, X, Y, 1, C) ->
    X1 = (X * X + C) rem N,
    Y1 = ((Y * Y + C) rem N * (Y * Y + C) rem N + C) rem N,
    rho(N, X1, Y1, gcd(abs(X1 - Y1), N), C);
rho(N, _, _, N, C) -> rho(N, 2, 2, 1, C + 1);
rho(_, _, _, D, _) -> D.

gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).
egcd(A, 0) -> {A, 1, 0};
egcd(A, B) -> {G, X, Y} = egcd(B, A rem B), {G, Y, X - (A div B) * Y}.
modinv(A, M) -> {1, X, _} = egcd(A, M), ((X rem M) + M) rem M.

fib(N) -> {_, F, _, _} = mpow({1, 1, 1, 0}, N), F.
mpow(_, 0) -> {1, 0, 0, 1};
mpow(M, N) when N rem 2 =:= 0 -> H = mpow(M, N div 2), mmul(H, H);
mpow(M, N) -> mmul(M, mpow(M, N - 1)).
mmul({A, B, C, D}, {E, F, G, H}) -> {A * E + B * G, A * F + B * H, C * E + D * G, C * F + D * H}.

e_digits(N) ->
    Scale = pow10(N + 10),
    Sum = e_sum(1, Scale, Scale),
    S = integer_to_list(Sum div pow10(10)),
    [hd(S), $. | tl(S)].
e_sum(_, 0, Acc) -> Acc;
e_sum(K, Term, Acc) -> T = Term div K, e_sum(K + 1, T, Acc + T).
pow10(0) -> 1;
pow10(N) -> 10 * pow10(N - 1).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).
trailing_zeros(N) when N rem 10 =:= 0 -> 1 + trailing_zeros(N div 10);
trailing_zeros(_) -> 0.
