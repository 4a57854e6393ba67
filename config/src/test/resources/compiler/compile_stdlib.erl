-module(compile_stdlib).
-export([main/0]).

%% For each module: its abstract code from the installed .beam's debug info, compiled with
%% compile:forms(Forms, [binary, deterministic]); prints the module, the size of the binary and
%% its MD5. Run the same way on erl and on jbeam, the lines must be equal.
main() ->
    lists:foreach(fun compile_one/1, modules()).

modules() ->
    [lists, maps, string, gb_trees, dict, queue, sets, orddict, proplists, base64, calendar,
     io_lib, array, digraph, filename, unicode].

compile_one(Module) ->
    {ok, {Module, [{abstract_code, Abstract}]}} = beam_lib:chunks(code:which(Module), [abstract_code]),
    {raw_abstract_v1, Forms} = Abstract,
    {ok, Module, Binary} = compile:forms(Forms, [binary, deterministic]),
    io:format("~w ~w ~s~n", [Module, byte_size(Binary), hex(erlang:md5(Binary))]).

hex(Bytes) ->
    [io_lib:format("~2.16.0b", [B]) || <<B>> <= Bytes].
