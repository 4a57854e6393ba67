package org.jbeam.bench.load;

import java.util.List;

/**
 * The times of loading and validating all of stdlib, round by round: jbeam's loader (with
 * literal decoding; no tier code generation yet) and erl's {@code erlang:prepare_loading/2}.
 *
 * @param files   how many {@code .beam} files one round loads
 * @param jbeamNs jbeam's measured rounds, in nanoseconds
 * @param erlNs   erl's measured rounds, in nanoseconds
 */
public record LoadFigures(int files, List<Long> jbeamNs, List<Long> erlNs) {
    public LoadFigures {
        jbeamNs = List.copyOf(jbeamNs);
        erlNs = List.copyOf(erlNs);
    }
}
