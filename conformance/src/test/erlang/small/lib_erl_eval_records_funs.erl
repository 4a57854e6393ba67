-module(lib_erl_eval_records_funs).
-export([main/0]).
main() ->
    Run = fun(S) ->
                  {ok, T, _} = erl_scan:string(S),
                  {ok, E} = erl_parse:parse_exprs(T),
                  {value, V, _} = erl_eval:exprs(E, []),
                  V
          end,
    io:format("~p~n", [Run("lists:foldl(fun(X, A) -> X + A end, 0, lists:seq(1, 100)).")]),
    io:format("~p~n", [Run("[{K, V} || K <- [a, b], V <- [1, 2]].")]),
    io:format("~p~n", [Run("M = #{x => 1}, M#{y => 2}.")]),
    io:format("~p~n", [Run("receive after 1 -> timed_out end.")]),
    io:format("~p~n", [Run("<<A:4, B:4>> = <<16#AB>>, {A, B}.")]),
    io:format("~p~n", [Run("begin X = 5, if X > 3 -> big; true -> small end end.")]),
    io:format("~p~n", [try Run("undefined_fun_xyz().") catch error:E -> E end]).
