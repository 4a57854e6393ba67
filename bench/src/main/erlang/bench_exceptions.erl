%% Exceptions: try/catch-heavy code; throw, error and exit of every class, caught at
%% different depths, rethrown, with after clauses, and old-style catch.
-module(bench_exceptions).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 200000.
quick_size() -> 20000.

run(N) -> loop(N, {0, 0, 0, 0}).

loop(0, Acc) -> Acc;
loop(N, {Thrown, Errors, Exits, Caught}) ->
    Acc = case attempt(N) of
              {thrown, V} -> {Thrown + V, Errors, Exits, Caught};
              {error, V} -> {Thrown, Errors + V, Exits, Caught};
              {exit, V} -> {Thrown, Errors, Exits + V, Caught};
              {value, V} -> {Thrown, Errors, Exits, Caught + V}
          end,
    loop(N - 1, Acc).

attempt(N) ->
    try nested(N rem 5, N, 3) of
        Value -> {value, Value rem 7}
    catch
        throw:{bounce, V} -> {thrown, V rem 7};
        error:{badmatch, {error, V}} -> {error, V rem 7};
        error:badarith -> {error, 1};
        exit:V -> {exit, V rem 7}
    after
        ok
    end.

nested(Kind, N, 0) -> raise(Kind, N);
nested(Kind, N, Depth) ->
    try nested(Kind, N, Depth - 1)
    catch
        throw:{rethrow, V} -> throw({bounce, V})
    end.

raise(0, N) -> throw({rethrow, N});
raise(1, N) -> {ok, _} = lookup(N);
raise(2, N) -> exit(N);
raise(3, N) -> case catch (N div (N - N)) of {'EXIT', {badarith, _}} -> N; Other -> Other end;
raise(4, N) -> N * 2.

%% Fails at run time, so the compiler cannot see the badmatch coming.
lookup(N) when N > 0 -> {error, N};
lookup(N) -> {ok, N}.
