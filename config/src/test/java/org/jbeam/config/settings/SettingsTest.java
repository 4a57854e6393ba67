package org.jbeam.config.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.typesafe.config.ConfigUtil;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precedence of the layers (reference < user file < flags) and every validation message. */
class SettingsTest {
    private static final Set<String> TIERS = Set.of("interpreter", "fast-tier");
    private static final String AVAILABLE = "; tiers in this build: fast-tier, interpreter";

    @TempDir
    Path dir;
    private final Map<String, String> variables = new HashMap<>();

    private LaunchEnvironment environment() {
        return new LaunchEnvironment(dir, variables, getClass().getClassLoader());
    }

    private EffectiveConfig load(String... args) throws ConfigurationException {
        return SettingsLoader.load(SettingsFlags.parse(List.of(args)), environment());
    }

    private VmSettings bind(String... args) throws ConfigurationException {
        return SettingsBinder.bind(load(args), TIERS, dir);
    }

    private List<String> problems(String... args) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> bind(args));
        return e.problems().stream().map(ConfigProblem::toString).toList();
    }

    private String origin(EffectiveConfig config, String path) {
        return Origins.of(config.merged().getValue(path).origin()).toString();
    }

    private void file(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void referenceAloneGivesTheDocumentedDefaults() throws ConfigurationException {
        VmSettings settings = bind();
        assertEquals(new VmSettings("interpreter", Map.of(), 0, List.of(), Optional.empty(), 1_048_576,
                new TemplateJitSettings(JitArch.AUTO, false, false), new TraceJitSettings(1000, 4000), DebugSettings.NONE), settings);
        assertEquals("reference.conf:" + ReferenceLines.of("tier"), origin(load(), "jbeam.tier"));
    }

    @Test
    void userFileOverridesReferenceAndFlagsOverrideBoth() throws Exception {
        file("vm.conf", "jbeam.schedulers = 4\njbeam.tier = fast-tier\njbeam.modules { \"my_app_*\" = interpreter }\n");
        VmSettings fromFile = bind();
        assertEquals(4, fromFile.schedulers());
        assertEquals("fast-tier", fromFile.tier());
        assertEquals("vm.conf:1", origin(load(), "jbeam.schedulers"));

        VmSettings withFlags = bind("-S", "8", "-tier", "interpreter", "-c", "template-jit.perf-map=true",
                "-c", "jbeam.modules.lists=fast-tier", "-c", "template-jit.dump=true");
        assertEquals(8, withFlags.schedulers());
        assertEquals("interpreter", withFlags.tier());
        assertTrue(withFlags.templateJit().perfMap());
        assertTrue(withFlags.templateJit().dump());
        assertEquals(Map.of("my_app_*", "interpreter", "lists", "fast-tier"), withFlags.modules());
        EffectiveConfig config = load("-S", "8", "-tier", "interpreter");
        assertEquals("flag -S 8", origin(config, "jbeam.schedulers"));
        assertEquals("flag -tier interpreter", origin(config, "jbeam.tier"));
        assertEquals("reference.conf:" + ReferenceLines.of("arch"), origin(config, "jbeam.template-jit.arch"));
    }

    @Test
    void laterFlagsWinOverEarlierOnes() throws ConfigurationException {
        assertEquals(6, bind("-S", "8", "-c", "schedulers=6").schedulers());
        assertEquals(8, bind("-c", "schedulers=6", "-S", "8").schedulers());
    }

    @Test
    void configFlagBeatsVmConfWhichBeatsTheEnvironmentVariable() throws Exception {
        file("env.conf", "jbeam.schedulers = 1\n");
        file("vm.conf", "jbeam.schedulers = 2\n");
        file("given.conf", "\njbeam.schedulers = 3\n");
        variables.put("JBEAM_CONFIG", "env.conf");
        assertEquals(3, bind("-config", "given.conf").schedulers());
        assertEquals("given.conf:2", origin(load("-config", "given.conf"), "jbeam.schedulers"));
        assertEquals(2, bind().schedulers());
        Files.delete(dir.resolve("vm.conf"));
        assertEquals(1, bind().schedulers());
        assertEquals(Optional.of("env.conf"), load().userFile());
    }

    @Test
    void everyProblemOfAFileIsReportedInLineOrder() throws IOException {
        file("vm.conf", """
                jbeam {
                  tier = fast
                  shedulers = 4
                  schedulers = -2
                  atom-table-limit = "lots"
                  modules { "my_app_*" = template-jit, lists = 5, "" = interpreter }
                  template-jit { arch = sparc, perf-map = yes, inline = true, dump = 1 }
                  trace-jit { hot-threshold = 0 }
                  code-path = [ "nope", 3 ]
                  otp-root = "/nonexistent"
                }
                """);
        assertEquals(List.of(
                "vm.conf:2: jbeam.tier: unknown tier \"fast\"" + AVAILABLE,
                "vm.conf:3: jbeam.shedulers: unknown key; the keys of jbeam are atom-table-limit, code-path, debug,"
                        + " modules, otp-root, schedulers, template-jit, tier, trace-jit",
                "vm.conf:4: jbeam.schedulers: expected an integer from 0 to 1024 (0 = one per core), got -2",
                "vm.conf:5: jbeam.atom-table-limit: expected an integer from 8192 to 2147483647, got a string: \"lots\"",
                "vm.conf:6: " + ConfigUtil.joinPath("jbeam", "modules", "")
                        + ": expected a module name or glob as key, got an empty key",
                "vm.conf:6: jbeam.modules.\"my_app_*\": tier \"template-jit\" (the template JIT (BeamAsm's design))"
                        + " is not available in this build" + AVAILABLE,
                "vm.conf:6: jbeam.modules.lists: expected a tier name (quote module names and globs that hold dots or"
                        + " wildcards), got a number: 5",
                "vm.conf:7: jbeam.template-jit.arch: expected one of \"auto\", \"x86_64\", \"aarch64\", got \"sparc\"",
                "vm.conf:7: jbeam.template-jit.dump: expected true or false, got a number: 1",
                "vm.conf:7: jbeam.template-jit.inline: unknown key; the keys of jbeam.template-jit are arch, dump, perf-map",
                "vm.conf:7: jbeam.template-jit.perf-map: expected true or false, got a string: \"yes\"",
                "vm.conf:8: jbeam.trace-jit.hot-threshold: expected an integer from 1 to 2147483647, got 0",
                "vm.conf:9: jbeam.code-path: expected a list of existing directories, got \"nope\" (not a directory)",
                "vm.conf:9: jbeam.code-path: expected a list of existing directories, got a number: 3",
                "vm.conf:10: jbeam.otp-root: expected \"\" (find OTP) or an OTP installation directory holding lib/,"
                        + " got \"/nonexistent\""), problems());
    }

    @Test
    void wrongTypesOfSectionsAndOutOfRangeNumbers() throws IOException {
        file("vm.conf", "jbeam.template-jit = 5\njbeam.modules = [a]\njbeam.schedulers = 2.5\n"
                + "jbeam.trace-jit.max-trace-length = 99999999999\njbeam.tier = null\n");
        assertEquals(List.of(
                "vm.conf:1: jbeam.template-jit: expected an object with the keys arch, dump, perf-map, got a number: 5",
                "vm.conf:2: jbeam.modules: expected an object from module names or globs to tier names, got a list: [\"a\"]",
                "vm.conf:3: jbeam.schedulers: expected an integer from 0 to 1024 (0 = one per core), got 2.5",
                "vm.conf:4: jbeam.trace-jit.max-trace-length: expected an integer from 1 to 2147483647, got 99999999999",
                "vm.conf:5: jbeam.tier: expected a tier name, got null"), problems());
    }

    @Test
    void flagProblemsNameTheFlag() {
        assertEquals(List.of(
                "flag -S x: jbeam.schedulers: expected an integer from 0 to 1024 (0 = one per core), got a string: \"x\""),
                problems("-S", "x"));
        assertEquals(List.of("flag -tier trace-jit: jbeam.tier: tier \"trace-jit\" (the tracing JIT (BEAMJIT's design))"
                + " is not available in this build" + AVAILABLE), problems("-tier", "trace-jit"));
        assertEquals(List.of("flag -c foo=1: jbeam.foo: unknown key; the keys of jbeam are atom-table-limit, code-path,"
                + " debug, modules, otp-root, schedulers, template-jit, tier, trace-jit"), problems("-c", "foo=1"));
        assertEquals(List.of("flag -c nonsense: expected KEY=VALUE"), problems("-c", "nonsense"));
        assertEquals(List.of("missing.conf: cannot read the configuration file: no such file"),
                problems("-config", "missing.conf"));
    }

    @Test
    void environmentVariableNamingAMissingFileIsAProblem() {
        variables.put("JBEAM_CONFIG", "gone.conf");
        assertEquals(List.of("gone.conf: cannot read the configuration file: no such file"), problems());
    }

    @Test
    void syntaxErrorsNameFileAndLine() throws IOException {
        file("vm.conf", "jbeam {\n  tier = [\n");
        List<String> problems = problems();
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().startsWith("vm.conf:3: "), problems.getFirst());
    }

    @Test
    void codePathAndOtpRootResolveAgainstTheWorkingDirectory() throws Exception {
        Files.createDirectories(dir.resolve("ebin"));
        Files.createDirectories(dir.resolve("otp/lib"));
        VmSettings settings = bind("-c", "code-path=[ebin]", "-c", "otp-root=otp");
        assertEquals(List.of(dir.resolve("ebin")), settings.codePath());
        assertEquals(Optional.of(dir.resolve("otp")), settings.otpRoot());
    }

    @Test
    void schedulerZeroMeansOnePerCore() throws ConfigurationException {
        assertEquals(6, bind().schedulerThreads(6));
        assertEquals(3, bind("-S", "3").schedulerThreads(6));
    }
}
