/**
 * The template JIT's x86-64 templates (OTP's {@code erts/emulator/beam/jit/x86/instr_*.cpp} in
 * jbeam's terms), one class per instruction family with the same names as every arch will use:
 * {@code StructureTemplates} (labels, {@code func_info}, the reduction test at function entry),
 * {@code MoveTemplates}, {@code FrameTemplates} ({@code allocate}, {@code deallocate},
 * {@code trim}, {@code test_heap}), {@code CallTemplates} (local and external calls, BIF calls,
 * {@code return}, {@code jump}), {@code GuardTemplates} (type tests, comparisons,
 * {@code test_arity}, {@code is_tagged_tuple}), {@code SelectTemplates}, {@code DataTemplates}
 * (lists and tuples), {@code BifTemplates} and {@code ArithTemplates}. {@code Emission} is the
 * macro-assembler vocabulary they share (BEAM registers as memory operands, helper exits, slow
 * paths emitted after the module's code). The register conventions are
 * {@link org.jbeam.arch.x86_64.RegisterConventions}'; helpers are {@code Helper}'s.
 * {@code X86TemplateBackend} ties them to the tier, and names the entry and exit stubs for perf
 * maps.
 */
package org.jbeam.arch.x86_64.template;
