package org.jbeam.tier.interpreter;

import java.util.List;

/**
 * Scheduling priorities ({@code programs/priorities.erl}): the order in which processes of
 * each priority finish, a low process passed over but not starved, the flag's old and new
 * values and {@code badarg} for an unknown priority. erl runs with one scheduler ({@code +S 1}),
 * and so does jbeam's process runtime here, so the order is the scheduler's, not a race between two.
 */
class PrioritiesOracleTest extends FreshProcessOracle {
    @Override
    String folder() {
        return "programs";
    }

    @Override
    String module() {
        return "priorities";
    }

    @Override
    List<String> functions() {
        return functionsDefinedIn("/programs/priorities.erl", List.of("busy", "collect"));
    }

    @Override
    List<String> erlFlags() {
        return List.of("+S", "1");
    }

    @Override
    ProcessRunner runner(java.nio.file.Path dir) {
        ProcessRunner runner = new ProcessRunner(dir);
        runner.schedulers = 1;
        return runner;
    }
}
