package org.jbeam.arch.x86_64.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stack traces of exceptions raised in template-JIT code against erl: {@code tj_traces} runs on
 * the template JIT, {@code tj_other} (which hides values from erlc's type inference) on the
 * interpreter. Each function raises one shape (a failing BIF through {@code call_ext}, a guard
 * BIF, the arithmetic slow path, {@code error/1,2,3}, {@code exit/1}, {@code throw/1},
 * {@code undef} through a call, {@code apply} and a fun, {@code badfun}, {@code badarity}, a
 * changed {@code backtrace_depth}, deep recursion, equal consecutive continuation pointers,
 * {@code catch}, nested {@code try}, {@code raise/3}) and returns what it caught, its trace cut
 * to the program's frames; erl's {@code erlang:display/1} text of it must be jbeam's.
 */
@Tag("native-execution")
class TemplateJitTraceOracleTest {
    private static final String MODULE = "tj_traces";
    private static Map<String, String> erl;
    private static MixedTierRunner runner;
    /** The same VM set-up with every module on the interpreter, whose traces the same rules build. */
    private static MixedTierRunner interpreted;

    static List<String> functions() {
        return List.of("bif_atom_to_list", "bif_element", "bif_list_to_integer", "bif_tail", "arith_plus",
                "arith_minus", "arith_times", "arith_apply", "arith_fun", "guard_length", "guard_tuple_size",
                "error1", "error2", "error2_not_list", "error3", "exit1", "throw1", "undef_module",
                "undef_function", "undef_apply", "undef_fun", "badfun", "badfun_apply", "badarity",
                "badarity_apply", "depth1", "depth3", "depth20", "deep", "same_site", "caught", "caught_undef",
                "nested_try", "raise_long", "raise_depth2", "function_clause", "bif_in_fun", "apply_error2",
                "tail_apply_bif", "tail_apply_error2", "float_div", "float_overflow", "tail_badfun",
                "depth_across");
    }

    /** Functions that need a process runtime ({@code process_info}). */
    static List<String> scheduled() {
        return List.of("current_stack");
    }

    @BeforeAll
    static void compileAndAskErl() throws Exception {
        Path dir = ErlOracle.compile("tjit-traces", List.of(MODULE, "tj_other"));
        List<String> all = new java.util.ArrayList<>(functions());
        all.addAll(scheduled());
        erl = ErlOracle.display(dir, MODULE, all);
        runner = new MixedTierRunner(dir, MODULE::equals);
        interpreted = new MixedTierRunner(dir, module -> false);
    }

    /**
     * The functions again, but {@code tail_apply_bif}: the interpreter still names the function
     * that tail-applied a failing BIF, which erl leaves out (its apply has no return of its own).
     */
    static List<String> onTheInterpreter() {
        return functions().stream().filter(f -> !f.equals("tail_apply_bif")).toList();
    }

    @AfterAll
    static void free() {
        if (runner != null) {
            runner.close();
        }
        if (interpreted != null) {
            interpreted.close();
        }
    }

    @ParameterizedTest
    @MethodSource("functions")
    void tracesAreWhatErlShows(String function) {
        assertEquals(erl.get(function), runner.run(MODULE, function));
    }

    /** Traces are built on the heap while exceptions unwind: with tiny heaps that collect at every test too. */
    @ParameterizedTest
    @MethodSource("functions")
    void tracesAreWhatErlShowsWithTinyHeapsCollectingAtEveryHeapTest(String function) {
        assertEquals(erl.get(function), runner.run(MODULE, function, 16, 8, true));
    }

    /** {@code process_info(self(), current_stacktrace)} walks the stack as a trace does, under the scheduler. */
    @ParameterizedTest
    @MethodSource("scheduled")
    void stacksAreWhatErlShowsUnderTheScheduler(String function) throws Exception {
        assertEquals(erl.get(function), runner.runScheduled(MODULE, function));
    }

    /** The interpreter, with the rules it shares, gives the same traces. */
    @ParameterizedTest
    @MethodSource("onTheInterpreter")
    void theInterpreterShowsTheSame(String function) {
        assertEquals(erl.get(function), interpreted.run(MODULE, function));
    }
}
