%% Written from erlc +no_bs_create_bin -S of a small module, with bs_add+bs_init_bits turned
%% into bs_init2 (a size in bytes), which OTP 25's erlc no longer emits itself: t(1) a literal
%% size, b/1 a register size (t(2..6): good, zero, negative, not an integer, too large), g/1 in a guard.
{module, oldinit}.  %% version = 0

{exports, [{module_info,0},{module_info,1},{t,1}]}.

{attributes, []}.

{labels, 38}.


{function, id, 1, 2}.
  {label,1}.
    {line,[{location,"oldinit.erl",3}]}.
    {func_info,{atom,oldinit},{atom,id},1}.
  {label,2}.
    return.


{function, c, 1, 4}.
  {label,3}.
    {line,[{location,"oldinit.erl",4}]}.
    {func_info,{atom,oldinit},{atom,c},1}.
  {label,4}.
    {allocate,3,1}.
    {init_yregs,{list,[{y,0},{y,1}]}}.
    {'try',{y,2},{f,5}}.
    {call_fun,0}.
    {try_end,{y,2}}.
    {deallocate,3}.
    return.
  {label,5}.
    {try_case,{y,2}}.
    {move,{x,1},{y,0}}.
    {move,{x,0},{y,1}}.
    {move,{x,2},{x,0}}.
    build_stacktrace.
    {bif,hd,{f,0},[{x,0}],{x,0}}.
    {test_heap,4,1}.
    {put_tuple2,{x,0},{list,[{y,1},{y,0},{x,0}]}}.
    {deallocate,3}.
    return.


{function, t, 1, 7}.
  {label,6}.
    {line,[{location,"oldinit.erl",5}]}.
    {func_info,{atom,oldinit},{atom,t},1}.
  {label,7}.
    {select_val,{x,0},
                {f,6},
                {list,[{integer,1},
                       {f,14},
                       {integer,2},
                       {f,13},
                       {integer,3},
                       {f,12},
                       {integer,4},
                       {f,11},
                       {integer,5},
                       {f,10},
                       {integer,6},
                       {f,9},
                       {integer,7},
                       {f,8}]}}.
  {label,8}.
    {move,{literal,[1,-1,a,2]},{x,0}}.
    {call_only,1,{f,35}}. % '-t/1-lc$^5/1-0-'/1
  {label,9}.
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,33},0,0,{x,0},{list,[]}}.
    {call_only,1,{f,4}}. % c/1
  {label,10}.
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,31},0,0,{x,0},{list,[]}}.
    {call_only,1,{f,4}}. % c/1
  {label,11}.
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,29},0,0,{x,0},{list,[]}}.
    {call_only,1,{f,4}}. % c/1
  {label,12}.
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,27},0,0,{x,0},{list,[]}}.
    {call_only,1,{f,4}}. % c/1
  {label,13}.
    {test_heap,{alloc,[{words,0},{floats,0},{funs,1}]},0}.
    {make_fun3,{f,25},0,0,{x,0},{list,[]}}.
    {call_only,1,{f,4}}. % c/1
  {label,14}.
    {allocate,0,0}.
    {move,{integer,7},{x,0}}.
    {call,1,{f,2}}. % id/1
    {move,{integer,0},{x,1}}.
    {bs_init2,{f,0},3,0,1,{field_flags,[]},{x,1}}.
    {bs_put_integer,{f,0},{integer,16},1,{field_flags,[]},{x,0}}.
    {bs_put_integer,{f,0},{integer,8},1,{field_flags,[]},{x,0}}.
    {move,{x,1},{x,0}}.
    {deallocate,0}.
    return.


{function, b, 1, 16}.
  {label,15}.
    {line,[{location,"oldinit.erl",12}]}.
    {func_info,{atom,oldinit},{atom,b},1}.
  {label,16}.
    {move,{integer,0},{x,1}}.
    {bs_init2,{f,0},{x,0},0,2,{field_flags,[]},{x,1}}.
    {bs_put_integer,{f,0},{x,0},8,{field_flags,[]},{integer,7}}.
    {move,{x,1},{x,0}}.
    return.


{function, g, 1, 18}.
  {label,17}.
    {line,[{location,"oldinit.erl",13}]}.
    {func_info,{atom,oldinit},{atom,g},1}.
  {label,18}.
    {move,{integer,0},{x,1}}.
    {bs_init2,{f,19},{x,0},0,2,{field_flags,[]},{x,1}}.
    {bs_put_integer,{f,19},{x,0},8,{field_flags,[]},{integer,7}}.
    {move,{x,1},{x,0}}.
    {test,is_ne_exact,{f,19},[{x,0},{literal,<<>>}]}.
    {move,{atom,yes},{x,0}}.
    return.
  {label,19}.
    {move,{atom,no},{x,0}}.
    return.


{function, module_info, 0, 21}.
  {label,20}.
    {line,[]}.
    {func_info,{atom,oldinit},{atom,module_info},0}.
  {label,21}.
    {move,{atom,oldinit},{x,0}}.
    {call_ext_only,1,{extfunc,erlang,get_module_info,1}}.


{function, module_info, 1, 23}.
  {label,22}.
    {line,[]}.
    {func_info,{atom,oldinit},{atom,module_info},1}.
  {label,23}.
    {move,{x,0},{x,1}}.
    {move,{atom,oldinit},{x,0}}.
    {call_ext_only,2,{extfunc,erlang,get_module_info,2}}.


{function, '-t/1-fun-0-', 0, 25}.
  {label,24}.
    {line,[{location,"oldinit.erl",6}]}.
    {func_info,{atom,oldinit},{atom,'-t/1-fun-0-'},0}.
  {label,25}.
    {allocate,0,0}.
    {move,{integer,3},{x,0}}.
    {call,1,{f,2}}. % id/1
    {call_last,1,{f,16},0}. % b/1


{function, '-t/1-fun-1-', 0, 27}.
  {label,26}.
    {line,[{location,"oldinit.erl",7}]}.
    {func_info,{atom,oldinit},{atom,'-t/1-fun-1-'},0}.
  {label,27}.
    {allocate,0,0}.
    {move,{integer,0},{x,0}}.
    {call,1,{f,2}}. % id/1
    {call_last,1,{f,16},0}. % b/1


{function, '-t/1-fun-2-', 0, 29}.
  {label,28}.
    {line,[{location,"oldinit.erl",8}]}.
    {func_info,{atom,oldinit},{atom,'-t/1-fun-2-'},0}.
  {label,29}.
    {allocate,0,0}.
    {move,{integer,-1},{x,0}}.
    {call,1,{f,2}}. % id/1
    {call_last,1,{f,16},0}. % b/1


{function, '-t/1-fun-3-', 0, 31}.
  {label,30}.
    {line,[{location,"oldinit.erl",9}]}.
    {func_info,{atom,oldinit},{atom,'-t/1-fun-3-'},0}.
  {label,31}.
    {allocate,0,0}.
    {move,{atom,a},{x,0}}.
    {call,1,{f,2}}. % id/1
    {call_last,1,{f,16},0}. % b/1


{function, '-t/1-fun-4-', 0, 33}.
  {label,32}.
    {line,[{location,"oldinit.erl",10}]}.
    {func_info,{atom,oldinit},{atom,'-t/1-fun-4-'},0}.
  {label,33}.
    {allocate,0,0}.
    {move,{integer,1208925819614629174706176},{x,0}}.
    {call,1,{f,2}}. % id/1
    {call_last,1,{f,16},0}. % b/1


{function, '-t/1-lc$^5/1-0-', 1, 35}.
  {label,34}.
    {line,[{location,"oldinit.erl",11}]}.
    {func_info,{atom,oldinit},{atom,'-t/1-lc$^5/1-0-'},1}.
  {label,35}.
    {test,is_nonempty_list,{f,36},[{x,0}]}.
    {allocate,1,1}.
    {get_list,{x,0},{x,0},{y,0}}.
    {call,1,{f,18}}. % g/1
    {swap,{y,0},{x,0}}.
    {call,1,{f,35}}. % '-t/1-lc$^5/1-0-'/1
    {test_heap,2,1}.
    {put_list,{y,0},{x,0},{x,0}}.
    {deallocate,1}.
    return.
  {label,36}.
    {test,is_nil,{f,37},[{x,0}]}.
    return.
  {label,37}.
    {test_heap,3,1}.
    {put_tuple2,{x,0},{list,[{atom,bad_generator},{x,0}]}}.
    {call_ext_only,1,{extfunc,erlang,error,1}}.
