-module(exc).
-export([run/1]).
id(X) -> X.
f(1) -> throw(thrown);
f(2) -> error(oops);
f(3) -> exit(bye);
f(4) -> id(a) + 1;
f(5) -> {ok, _} = id(nope);
f(N) -> N * 2.
t(N) -> try f(N) of V -> {value, V} catch C:R -> {caught, C, R} end.
c(N) -> case catch f(N) of {'EXIT', {R, _}} -> {exit_error, R}; {'EXIT', R} -> {exit, R}; V -> {plain, V} end.
rethrow(N) -> try try f(N) catch throw:X -> {inner, X} end catch error:E -> {outer, E} end.
after_(N) -> try f(N) after id(done) end.
stk(N) -> try f(N) catch error:R:St -> {R, is_list(St)} end.
run(N) -> {t(N), c(N), catch rethrow(N), strip(catch after_(N)), catch stk(N), nested(N)}.
%% Stack traces are not compared yet: keep the reason of an error caught by catch.
strip({'EXIT', {R, St}}) when is_list(St) -> {'EXIT', R};
strip(X) -> X.
nested(N) ->
    try
        [try f(K) catch throw:T -> {t, T}; exit:E -> {e, E} end || K <- [N, N + 1, 6]]
    catch
        error:R -> {error_escaped, R}
    end.
