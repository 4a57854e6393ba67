%% Times the real erl's loader on a set of .beam files: reads them all, warms up, then for
%% each round prepares every module for loading with erlang:prepare_loading/2 (load,
%% validate and, under BeamAsm, generate code, without making it current, so the modules
%% the timer itself runs on stay untouched) and prints the round's time in nanoseconds.
-module(jbeam_load_timer).
-export([main/1]).

main([RoundsArg, WarmupArg | Files]) ->
    Rounds = list_to_integer(atom_to_list(RoundsArg)),
    Warmup = list_to_integer(atom_to_list(WarmupArg)),
    Beams = [read(atom_to_list(F)) || F <- Files],
    _ = [time_round(Beams) || _ <- lists:seq(1, Warmup)],
    _ = [io:format("round_ns ~p~n", [time_round(Beams)]) || _ <- lists:seq(1, Rounds)],
    halt(0).

read(File) ->
    {ok, Bin} = file:read_file(File),
    {list_to_atom(filename:basename(File, ".beam")), Bin}.

time_round(Beams) ->
    Start = erlang:monotonic_time(nanosecond),
    lists:foreach(fun({Mod, Bin}) ->
                          case erlang:prepare_loading(Mod, Bin) of
                              {error, Reason} -> error({prepare_loading, Mod, Reason});
                              _Prepared -> ok
                          end
                  end, Beams),
    erlang:monotonic_time(nanosecond) - Start.
