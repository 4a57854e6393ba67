%% The real OTP compiler: scans and parses a fixed module from its source text, then
%% compile:forms/2 turns the abstract code into a .beam binary, Size times. Every pass of
%% the compiler (core, kernel, SSA, beam assembly) runs on the runner under test.
-module(bench_compile).
-export([run/1, default_size/0, quick_size/0]).

default_size() -> 10.
quick_size() -> 2.

run(Times) -> repeat(Times, none).

repeat(0, Last) -> Last;
repeat(Times, _Last) ->
    Forms = parse(source()),
    {ok, Module, Beam} = compile:forms(Forms, [binary, deterministic, return_errors]),
    repeat(Times - 1, {Module, byte_size(Beam), erlang:crc32(Beam)}).

parse(Text) ->
    {ok, Tokens, _End} = erl_scan:string(Text),
    split_forms(Tokens, [], []).

split_forms([], [], Forms) -> lists:reverse(Forms);
split_forms([{dot, _} = Dot | Rest], Current, Forms) ->
    {ok, Form} = erl_parse:parse_form(lists:reverse([Dot | Current])),
    split_forms(Rest, [], [Form | Forms]);
split_forms([Token | Rest], Current, Forms) ->
    split_forms(Rest, [Token | Current], Forms).

source() ->
    "-module(bench_compiled_inventory).\n"
    "-export([new/0, add/3, remove/3, total/1, report/1, merge/2]).\n"
    "-record(item, {sku, name, count = 0, price = 0.0, tags = []}).\n"
    "new() -> #{}.\n"
    "add(Inventory, Sku, {Name, Count, Price}) when is_integer(Count), Count > 0 ->\n"
    "    case maps:find(Sku, Inventory) of\n"
    "        {ok, #item{count = Old} = Item} -> Inventory#{Sku := Item#item{count = Old + Count}};\n"
    "        error -> Inventory#{Sku => #item{sku = Sku, name = Name, count = Count, price = Price}}\n"
    "    end.\n"
    "remove(Inventory, Sku, Count) ->\n"
    "    try maps:get(Sku, Inventory) of\n"
    "        #item{count = Old} when Old > Count -> {ok, Inventory#{Sku := (maps:get(Sku, Inventory))#item{count = Old - Count}}};\n"
    "        #item{count = Count} -> {ok, maps:remove(Sku, Inventory)};\n"
    "        #item{} -> {error, not_enough}\n"
    "    catch\n"
    "        error:{badkey, _} -> {error, unknown_sku}\n"
    "    end.\n"
    "total(Inventory) ->\n"
    "    lists:foldl(fun(#item{count = C, price = P}, Acc) -> Acc + C * P end, 0.0, maps:values(Inventory)).\n"
    "report(Inventory) ->\n"
    "    Lines = [io_lib:format(\"~s ~-20s ~5b ~10.2f~n\", [Sku, Name, C, P])\n"
    "             || {Sku, #item{name = Name, count = C, price = P}} <- lists:sort(maps:to_list(Inventory))],\n"
    "    iolist_to_binary(Lines).\n"
    "merge(A, B) ->\n"
    "    maps:fold(fun(Sku, #item{name = N, count = C, price = P}, Acc) -> add(Acc, Sku, {N, C, P}) end, A, B).\n"
    "encode(<<Tag:8, Len:16, Body:Len/binary, Rest/binary>>, Acc) -> encode(Rest, [{Tag, Body} | Acc]);\n"
    "encode(<<>>, Acc) -> lists:reverse(Acc).\n"
    "classify(N) when N < 0 -> negative; classify(0) -> zero; classify(N) when N < 10 -> small;\n"
    "classify(N) when N < 1000 -> medium; classify(_) -> large.\n"
    "loop(Parent, State) ->\n"
    "    receive\n"
    "        {add, Sku, Spec} -> loop(Parent, add(State, Sku, Spec));\n"
    "        {total, From} -> From ! {total, total(State)}, loop(Parent, State);\n"
    "        {classify, From, N} -> From ! classify(N), loop(Parent, State);\n"
    "        {encode, From, Bin} -> From ! encode(Bin, []), loop(Parent, State);\n"
    "        stop -> Parent ! {stopped, self()}\n"
    "    after 5000 -> timeout\n"
    "    end.\n".
