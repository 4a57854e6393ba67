package org.jbeam.tier.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files against the real erl, with {@code files/files.erl}: each function runs as the first
 * process on the interpreter and in a fresh erl process, in its own fresh directory under
 * {@code target/files-tmp}, and their {@code ~w} texts must be equal. They cover the
 * {@code prim_file} NIFs on names (errors of open, rename, make_dir, del_dir, delete, links,
 * list_dir, read_link, set_cwd), on open files (read, write, pread, pwrite, position,
 * truncate, sync, advise, allocate, ipread, closed handles, directory handles, the modes),
 * {@code #file_info} and {@code write_file_info}, {@code prim_buffer}, the raw layer of
 * {@code file} (read-ahead, read_line, list mode, pread/pwrite lists, the owner check) and
 * {@code os:cmd/1}. Everything is called raw: {@code file}'s non-raw calls need the kernel's
 * file_server.
 */
class PrimFileOracleTest {
    static List<String> functions() {
        return List.of("open_errors", "read_write_position", "modes", "path_errors", "links", "list_dir",
                "file_info", "write_file_info", "handle_info", "raw_file_api", "read_ahead_lines", "list_mode",
                "pread_pwrite_lists", "prim_buffer", "not_owner", "big_file", "directory_handle", "names", "ipread",
                "cwd", "os_cmd", "closed_handle");
    }

    private static ProcessRunner runner;
    private static final Map<String, String> ERL = new HashMap<>();

    @BeforeAll
    static void compileAndAskErl() throws Exception {
        Path dir = Erl.compile("erl-files", "files", List.of("files"));
        ERL.putAll(Erl.askInFreshProcesses(dir, "files", functions()));
        // erlang.beam's Erlang-coded functions (localtime_to_universaltime/1...) are called.
        runner = ProcessRunner.withCode(dir);
    }

    @AfterAll
    static void free() {
        if (runner != null) {
            runner.close();
        }
    }

    @ParameterizedTest
    @MethodSource("functions")
    void resultIsWhatErlGives(String function) throws Exception {
        assertEquals(ERL.get(function), runner.run("files", function), () -> function + " " + runner.lastDetail);
    }
}
