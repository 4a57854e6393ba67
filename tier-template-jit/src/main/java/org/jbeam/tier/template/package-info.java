/**
 * The portable half of the template JIT (BeamAsm's design): the tier itself
 * ({@link org.jbeam.tier.template.TemplateJitTier}: compile at load, enter, yield, resume, hand
 * over to other tiers), the ops it compiles ({@code ops}), the backend SPI an arch module
 * implements ({@code backend}), the code cache, slice loop and Java helpers ({@code runtime}),
 * executable memory ({@code code}), the entry/exit protocol ({@code entry}) and the perf map and
 * asm dumps written when {@link org.jbeam.tier.template.TemplateJitOptions} ask ({@code listing}).
 * It never names a CPU.
 *
 * <p>Instruction families with templates so far (issue 7, first slice): labels,
 * {@code func_info} and the reduction test at function entry; {@code move}, {@code swap},
 * {@code init}/{@code init_yregs}; {@code allocate[_zero]}, {@code allocate_heap[_zero]},
 * {@code deallocate}, {@code trim}, {@code test_heap} (collection through a helper);
 * {@code call}, {@code call_only}, {@code call_last}, {@code call_ext[_only|_last]} (native calls
 * within the tier, hand-over to other tiers, BIF imports through a helper), {@code return},
 * {@code jump}; every {@code is_*} type test but {@code is_function2}, {@code is_eq_exact},
 * {@code is_ne_exact}, {@code is_eq}, {@code is_ne}, {@code is_lt}, {@code is_ge},
 * {@code test_arity}, {@code is_tagged_tuple}; {@code select_val} (immediate values compared as
 * words, floats and bignums as exact-equality tests), {@code select_tuple_arity};
 * {@code get_list}, {@code get_hd}, {@code get_tl}, {@code put_list}, {@code put_tuple2},
 * {@code get_tuple_element}; {@code bif0..2} and {@code gc_bif1..3} through a
 * helper, with {@code +}, {@code -} and {@code *} of small integers inline; {@code badmatch},
 * {@code case_end}, {@code if_end}, {@code badrecord}; {@code try}, {@code catch},
 * {@code try_end}, {@code try_case}, {@code try_case_end}, {@code catch_end}, {@code raise},
 * {@code build_stacktrace}, {@code raw_raise} (catch tags of this tier, unwinding in Java);
 * {@code make_fun3} (through a helper), {@code call_fun}, {@code call_fun2} (this tier's local funs
 * entered directly, the rest through a helper; before {@code deallocate} and {@code return}, a
 * tail call that drops the frame first); {@code send}, {@code loop_rec},
 * {@code loop_rec_end}, {@code remove_message}, {@code wait}, {@code wait_timeout},
 * {@code timeout}, the {@code recv_marker_*} instructions (the mailbox through helpers, waiting
 * leaves the tier); {@code apply}, {@code apply_last} and {@code call_ext} of
 * {@code erlang:apply/2,3} (through a helper); {@code fmove}, {@code fconv}, {@code fadd},
 * {@code fsub}, {@code fmul}, {@code fdiv}, {@code fnegate} (SSE2, a finiteness test after each),
 * {@code set_tuple_element}, {@code is_function2}; {@code put_map_assoc}, {@code put_map_exact},
 * {@code get_map_elements}, {@code has_map_fields} (through a helper); every bit-syntax
 * instruction of OTP 24's and 25's compilers (through the BITS helper, with vm-api's
 * {@code org.jbeam.vm.bits}); {@code nif_start}, {@code on_load}, NIF stubs of Java BIFs,
 * {@code erlang:raise/3}, {@code erlang:hibernate/3}, {@code erlang:call_on_load_function/1}.
 * Everything else (the pre-OTP-22 match and arithmetic instructions, a {@code bif} or
 * {@code gc_bif} of a BIF the VM's BIF table lacks, ...) makes
 * compiling the module fail with a {@link org.jbeam.tier.template.ops.TemplateCompileException}
 * naming the instruction or BIF, its module and function; no other tier runs the module instead.
 */
package org.jbeam.tier.template;
