-module(large_matrix_floats).
-export([main/0]).
%% Float matrix operations on lists of lists: multiply, transpose, Gaussian elimination with
%% partial pivoting (solve and determinant), inverse, power iteration for the dominant
%% eigenvalue, and a least-squares fit.

main() ->
    A = [[4.0, -2.0, 1.0], [-2.0, 4.0, -2.0], [1.0, -2.0, 4.0]],
    B = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]],
    pr("A", A),
    pr("A*B", mul(A, B)),
    pr("B^T", transpose(B)),
    io:format("det(A) = ~.6f~n", [det(A)]),
    X = solve(A, [11.0, -16.0, 17.0]),
    io:format("solve: ~w~n", [[round6(V) || V <- X]]),
    Inv = inverse(A),
    pr("inv(A)", Inv),
    pr("A*inv(A)", [[round6(V) || V <- Row] || Row <- mul(A, Inv)]),
    {Lambda, Vec} = power_iteration(A, [1.0, 1.0, 1.0], 200),
    io:format("dominant eigenvalue ~.6f vector ~w~n", [Lambda, [round6(V) || V <- Vec]]),
    Xs = [float(I) || I <- lists:seq(0, 9)],
    Ys = [2.5 * Xi + 1.0 + 0.1 * math:sin(Xi) || Xi <- Xs],
    {Slope, Icpt} = fit(Xs, Ys),
    io:format("fit y = ~.6f x + ~.6f~n", [Slope, Icpt]),
    H = hilbert(6),
    io:format("det(hilbert 6) = ~.6e~n", [det(H)]),
    Big = [[float((I * J) rem 7 + (if I =:= J -> 10; true -> 0 end)) || J <- lists:seq(1, 30)] || I <- lists:seq(1, 30)],
    io:format("det(big) = ~.6e~n", [det(Big)]),
    P = lists:foldl(fun(_, M) -> mul(M, Big) end, Big, lists:seq(1, 3)),
    io:format("trace(big^4) = ~.6e~n", [lists:sum([lists:nth(I, lists:nth(I, P)) || I <- lists:seq(1, 30)])]).

pr(Name, M) ->
    io:format("~s =~n", [Name]),
    [io:format("  ~s~n", [[io_lib:format("~10.4f", [V]) || V <- Row]]) || Row <- M].

round6(V) -> round(V * 1000000) / 1000000.

transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].
mul(A, B) -> BT = transpose(B), [[dot(R, C) || C <- BT] || R <- A].
dot(A, B) -> lists:sum(lists:zipwith(fun(X, Y) -> X * Y end, A, B)).

%% Gaussian elimination on an augmented matrix; returns {UpperRows, SwapCount}.
eliminate([], _) -> {[], 0};
eliminate(Rows, Col) ->
    Pivot = lists:foldl(fun(R, Best) -> case abs(lists:nth(Col, R)) > abs(lists:nth(Col, Best)) of true -> R; false -> Best end end, hd(Rows), Rows),
    Swaps = case Pivot =:= hd(Rows) of true -> 0; false -> 1 end,
    Rest = lists:delete(Pivot, Rows),
    P = lists:nth(Col, Pivot),
    Reduced = [lists:zipwith(fun(X, Y) -> X - Y * lists:nth(Col, R) / P end, R, Pivot) || R <- Rest],
    {Upper, S} = eliminate(Reduced, Col + 1),
    {[Pivot | Upper], S + Swaps}.

det(M) ->
    {U, Swaps} = eliminate(M, 1),
    D = lists:foldl(fun({I, R}, Acc) -> Acc * lists:nth(I, R) end, 1.0, lists:zip(lists:seq(1, length(U)), U)),
    case Swaps rem 2 of 0 -> D; 1 -> -D end.

solve(M, Bv) ->
    {U, _} = eliminate(lists:zipwith(fun(R, B) -> R ++ [B] end, M, Bv), 1),
    back(lists:reverse(U), length(M), []).
back([], _, Acc) -> Acc;
back([R | Rs], I, Acc) ->
    Known = lists:sum(lists:zipwith(fun(C, X) -> C * X end, lists:sublist(R, I + 1, length(Acc)), Acc)),
    X = (lists:last(R) - Known) / lists:nth(I, R),
    back(Rs, I - 1, [X | Acc]).

inverse(M) ->
    N = length(M),
    Cols = [solve(M, [case I =:= J of true -> 1.0; false -> 0.0 end || I <- lists:seq(1, N)]) || J <- lists:seq(1, N)],
    transpose(Cols).

power_iteration(M, V, 0) -> {rayleigh(M, V), V};
power_iteration(M, V, K) ->
    W = [dot(R, V) || R <- M],
    Norm = math:sqrt(dot(W, W)),
    power_iteration(M, [X / Norm || X <- W], K - 1).
rayleigh(M, V) -> dot(V, [dot(R, V) || R <- M]) / dot(V, V).

fit(Xs, Ys) ->
    N = length(Xs),
    Mx = lists:sum(Xs) / N, My = lists:sum(Ys) / N,
    Sxy = lists:sum([(X - Mx) * (Y - My) || {X, Y} <- lists:zip(Xs, Ys)]),
    Sxx = lists:sum([(X - Mx) * (X - Mx) || X <- Xs]),
    S = Sxy / Sxx,
    {S, My - S * Mx}.

hilbert(N) -> [[1 / (I + J - 1) || J <- lists:seq(1, N)] || I <- lists:seq(1, N)].
