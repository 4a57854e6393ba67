package org.jbeam.tier.interpreter;

import java.nio.file.Path;
import java.util.List;

/**
 * Several scheduler threads ({@code programs/smp.erl}) against erl with as many
 * ({@code +S 4:4}): CPU work and message passing over 4 schedulers, more than one scheduler id
 * seen by busy processes, {@code schedulers_online} down and up; ETS tables (set with
 * {@code write_concurrency} or {@code read_concurrency}, ordered_set, bag, duplicate_bag)
 * written by up to 100 processes at once, {@code update_counter} and {@code insert_new} races;
 * link trees, kill and monitor storms, a linked chain killed at its head, crossing exit
 * signals, {@code process_info} of a process busy on another scheduler, name registration
 * races, timers set from every scheduler. Each result is the same whatever the interleaving.
 */
class SmpOracleTest extends FreshProcessOracle {
    static final int SCHEDULERS = 4;

    @Override
    String folder() {
        return "programs";
    }

    @Override
    String module() {
        return "smp";
    }

    @Override
    List<String> functions() {
        return functionsDefinedIn("/programs/smp.erl", List.of("busy_forever"));
    }

    @Override
    List<String> erlFlags() {
        return List.of("+S", SCHEDULERS + ":" + SCHEDULERS);
    }

    @Override
    ProcessRunner runner(Path dir) {
        ProcessRunner runner = new ProcessRunner(dir);
        runner.schedulers = SCHEDULERS;
        return runner;
    }
}
