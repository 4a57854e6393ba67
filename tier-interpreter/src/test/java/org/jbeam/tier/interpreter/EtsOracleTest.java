package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * ETS against erl: runs each zero-arity function of {@code programs/ets_tables.erl} as the
 * first process of a fresh process runtime on the interpreter, and in a fresh process of the
 * real {@code erl}, and compares the {@code ~w} text of the result (or {@code Class:Reason})
 * exactly. The functions sort what a hash table lists, whose order is each VM's own.
 */
class EtsOracleTest {
    private static final String MODULE = "ets_tables";
    private static final String MARK = "RESULT ";
    private static final List<String> FUNCTIONS = new ArrayList<>();
    private static final Map<String, String> ERL = new HashMap<>();
    private static ProcessRunner runner;

    static List<String> functions() throws IOException {
        if (FUNCTIONS.isEmpty()) {
            Matcher m = Pattern.compile("(?m)^([a-z_]+)\\(\\) ->").matcher(source());
            while (m.find()) {
                FUNCTIONS.add(m.group(1));
            }
        }
        return FUNCTIONS;
    }

    private static String source() throws IOException {
        try (InputStream in = EtsOracleTest.class.getResourceAsStream("/programs/" + MODULE + ".erl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void compileAndAskErl() throws IOException, InterruptedException {
        Path dir = Files.createDirectories(Path.of("target", "erl-ets"));
        Path source = dir.resolve(MODULE + ".erl");
        try (InputStream in = EtsOracleTest.class.getResourceAsStream("/programs/" + MODULE + ".erl")) {
            Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
        }
        Erl.run(List.of("erlc", "-o", dir.toString(), source.toString()));
        StringBuilder eval = new StringBuilder("Run = fun(F) -> Self = self(), spawn(fun() -> R = try "
                + MODULE + ":F() of V -> io_lib:format(\"~w\", [V]) catch C:E -> io_lib:format(\"~w:~w\", [C, E]) end, "
                + "Self ! {done, R} end), receive {done, R} -> io:format(\"" + MARK + "~s~n\", [R]) end end, ");
        for (String function : functions()) {
            eval.append("Run(").append(function).append("), ");
        }
        eval.append("halt().");
        List<String> lines = new ArrayList<>();
        for (String line : Erl.run(List.of("erl", "-noshell", "-pa", dir.toString(), "-eval", eval.toString()))
                .split("\n")) {
            if (line.startsWith(MARK)) {
                lines.add(line.substring(MARK.length()));
            }
        }
        assertEquals(functions().size(), lines.size(), "one result per function from erl");
        assertTrue(functions().size() > 40, "the program's functions were found");
        for (int i = 0; i < lines.size(); i++) {
            ERL.put(functions().get(i), lines.get(i));
        }
        runner = new ProcessRunner(dir);
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
