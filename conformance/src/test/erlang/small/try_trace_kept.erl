%% A trace names the frames the exception unwound, whatever runs between the raise and the
%% moment a handler asks for it: deeper calls, collections, an after block, a re-raise, a
%% catch of an error, an uncaught error in another process.
-module(try_trace_kept).
-export([main/0]).

main() ->
    show(caught_then_deeper()),
    show(after_collects()),
    show(reraised()),
    show(old_catch()),
    show(in_other_process()),
    show(depth_one()),
    show(rethrown_by_raise()).

%% Only module-local entries are shown, so that OTP's own frames do not matter.
show(Trace) when is_list(Trace) ->
    io:format("~p~n", [[{F, A, line_of(L)} || {?MODULE, F, A, L} <- Trace]]);
show(Other) ->
    io:format("~p~n", [Other]).

line_of(Location) -> proplists:get_value(line, Location).

deep(0, Kind) -> fail(Kind);
deep(N, Kind) -> [deep(N - 1, Kind)].

fail(error) -> error(deep_error);
fail(throw) -> throw(deep_throw);
fail(badarith) -> 1 + id(a).

id(X) -> X.

caught_then_deeper() ->
    try deep(3, error)
    catch error:deep_error:Stack ->
        burn(50),
        Stack
    end.

burn(0) -> ok;
burn(N) -> _ = lists:seq(1, 100), burn(N - 1).

after_collects() ->
    try
        try deep(4, throw)
        after
            erlang:garbage_collect(),
            burn(20)
        end
    catch throw:deep_throw:Stack -> Stack
    end.

reraised() ->
    try
        try deep(2, error)
        catch error:Reason:Stack -> erlang:raise(error, {again, Reason}, Stack)
        end
    catch error:{again, deep_error}:Again -> Again
    end.

old_catch() ->
    case catch deep(3, badarith) of
        {'EXIT', {badarith, Stack}} -> Stack;
        Other -> {unexpected, Other}
    end.

in_other_process() ->
    %% erts reports the crash to the logger, which may print it or not before init:stop ends
    %% the system (on erl as on jbeam): logging off keeps the output the trace alone.
    ok = logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    Pid = spawn_link(fun() -> deep(2, error) end),
    receive {'EXIT', Pid, {deep_error, Stack}} -> Stack after 5000 -> timeout end.

depth_one() ->
    Old = erlang:system_flag(backtrace_depth, 1),
    Result = try deep(5, error) catch error:_:Stack -> Stack end,
    erlang:system_flag(backtrace_depth, Old),
    Result.

rethrown_by_raise() ->
    try
        try deep(1, throw)
        catch Class:Reason -> erlang:raise(Class, Reason, [{?MODULE, made_up, 0, []}])
        end
    catch throw:deep_throw:Stack -> Stack
    end.
