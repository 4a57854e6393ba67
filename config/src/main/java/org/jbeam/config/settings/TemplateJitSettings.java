package org.jbeam.config.settings;

/**
 * {@code jbeam.template-jit}: the template JIT's settings.
 *
 * @param arch    the CPU backend to emit code for
 * @param perfMap whether to write {@code /tmp/perf-PID.map} for Linux perf
 * @param dump    whether to write {@code MODULE.asm} (each instruction over its machine code)
 *                into the working directory for every module compiled
 */
public record TemplateJitSettings(JitArch arch, boolean perfMap, boolean dump) {}
