package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Code loading, reloading, deleting and purging, and {@code -on_load}, against erl: each
 * zero-arity function of {@code code/code_reload.erl} runs as the first process of a fresh
 * runtime on the interpreter and in a fresh process of the real erl, and the {@code ~w} texts
 * (or {@code Class:Reason}) must be equal. The programs load two versions of a module
 * {@code cv} and two on_load modules from binaries ({@code erlang:load_module/2},
 * {@code prepare_loading}/{@code finish_loading}), and purge through the preloaded
 * {@code erts_code_purger} (started by the program when jbeam has none), as
 * {@code code:purge/1} and {@code code:soft_purge/1} do; the {@code code} module itself needs
 * the kernel's code_server process, so the programs call what it calls.
 */
class CodeReloadOracleTest {
    private static final String MODULE = "code_reload";
    private static final List<String> FUNCTIONS = new ArrayList<>();
    private static final Map<String, String> ERL = new HashMap<>();
    private static ProcessRunner runner;

    static List<String> functions() throws IOException {
        if (FUNCTIONS.isEmpty()) {
            FUNCTIONS.addAll(functionsOf("/code/" + MODULE + ".erl"));
        }
        return FUNCTIONS;
    }

    /** The zero-arity functions a program source defines, in order. */
    static List<String> functionsOf(String resource) {
        return FreshProcessOracle.functionsDefinedIn(resource, List.of("purger", "wait_registered", "clean"));
    }

    @BeforeAll
    static void compileAndAskErl() throws Exception {
        Path v1 = Erl.compile("erl-code-v1", "code/v1", List.of("cv", "ol_ok", "ol_bad")).toAbsolutePath();
        Path v2 = Erl.compile("erl-code-v2", "code/v2", List.of("cv")).toAbsolutePath();
        Path dir = Erl.compile("erl-code", "code", List.of(MODULE));
        Path dirs = dir.resolve("code_dirs.erl");
        Files.writeString(dirs, "-module(code_dirs).\n-export([v1/0, v2/0]).\nv1() -> \"" + v1 + "\".\nv2() -> \""
                + v2 + "\".\n");
        Erl.run(List.of("erlc", "-o", dir.toString(), dirs.toString()));
        assertTrue(functions().size() > 20, "the program's functions were found");
        ERL.putAll(Erl.askInFreshProcesses(dir, MODULE, functions()));
        runner = ProcessRunner.withCode(dir);
        // One scheduler: fully_qualified_moves loads new code right after its server replied,
        // and expects the server to be back in its receive (in old code) by then, which erl's
        // timing gives but nothing guarantees; on two threads the server may not be there yet.
        runner.schedulers = 1;
    }

    @AfterAll
    static void free() {
        if (runner != null) {
            runner.close();
        }
    }

    @ParameterizedTest
    @MethodSource("functions")
    void printsWhatErlPrints(String function) throws Exception {
        assertEquals(ERL.get(function), runner.run(MODULE, function), () -> function + " " + runner.lastDetail);
    }
}
