package org.jbeam.bench.load;

import java.util.List;

/**
 * The times of loading all of stdlib, round by round: jbeam's loader (validation and literal
 * decoding), jbeam's loader with the template JIT compiling every module, and erl's
 * {@code erlang:prepare_loading/2} (which under BeamAsm generates machine code too).
 *
 * @param files             how many {@code .beam} files one round loads
 * @param jbeamNs           jbeam's loader's measured rounds, in nanoseconds
 * @param erlNs             erl's measured rounds, in nanoseconds
 * @param templateJitNs     loader and template JIT, measured rounds (empty when this machine has
 *                          no backend for the template JIT)
 * @param instructions      BEAM instructions one round loads (the loader's generic instructions)
 * @param templateJitRefused modules the template JIT refused (no template for an instruction)
 */
public record LoadFigures(int files, List<Long> jbeamNs, List<Long> erlNs, List<Long> templateJitNs,
        long instructions, int templateJitRefused) {
    public LoadFigures {
        jbeamNs = List.copyOf(jbeamNs);
        erlNs = List.copyOf(erlNs);
        templateJitNs = List.copyOf(templateJitNs);
    }

    /** Figures without the template JIT's rounds. */
    public LoadFigures(int files, List<Long> jbeamNs, List<Long> erlNs) {
        this(files, jbeamNs, erlNs, List.of(), 0, 0);
    }
}
