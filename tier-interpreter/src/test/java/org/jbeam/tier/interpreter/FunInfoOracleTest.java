package org.jbeam.tier.interpreter;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code erlang:fun_info/1,2}, {@code fun_info_mfa/1}, {@code fun_to_list/1},
 * {@code make_fun/3} and {@code io_lib}'s printing of funs against erl: each zero-arity
 * function of {@code code/fun_info.erl} runs on the interpreter and in erl, and the
 * {@code ~w} texts must be equal (pids, which differ between the VMs, are left out).
 */
class FunInfoOracleTest extends FreshProcessOracle {
    @Override
    String folder() {
        return "code";
    }

    @Override
    String module() {
        return "fun_info";
    }

    @Override
    List<String> functions() {
        return functionsDefinedIn("/code/fun_info.erl", List.of("purger", "wait_registered", "clean"));
    }

    @Override
    ProcessRunner runner(Path dir) {
        try {
            return ProcessRunner.withCode(dir);
        } catch (org.jbeam.vm.beam.BeamLoadException e) {
            throw new IllegalStateException("cannot preload erlang.beam: " + e.getMessage(), e);
        }
    }
}
