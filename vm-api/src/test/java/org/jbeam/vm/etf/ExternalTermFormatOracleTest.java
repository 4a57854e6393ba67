package org.jbeam.vm.etf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.code.FunTable;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.heap.HeapFragments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Differential test against the real {@code erl}: {@code etf_oracle.erl} encodes 1,300+
 * pseudo-random terms of every kind (fixed seed) with eight option lists, and gives its
 * verdict on crafted and mutated inputs. jbeam must decode erl's bytes and re-encode them
 * byte for byte, and must accept and reject exactly what erl accepts and rejects.
 */
class ExternalTermFormatOracleTest {
    /** The option lists of {@code etf_oracle:variants()}, in the same order. */
    private static final List<EncodeOptions> VARIANTS = List.of(
            EncodeOptions.DEFAULT,
            EncodeOptions.DEFAULT.withCompression(6),
            EncodeOptions.DEFAULT.withMinorVersion(1),
            EncodeOptions.DEFAULT.withDeterministic(true),
            EncodeOptions.DEFAULT.withMinorVersion(0),
            EncodeOptions.DEFAULT.withMinorVersion(2),
            EncodeOptions.DEFAULT.withCompression(9).withDeterministic(true),
            EncodeOptions.DEFAULT.withCompression(1).withMinorVersion(0));

    private static ErlOracle.Output oracle;
    /**
     * Encodings without {@code deterministic} of terms holding a map of more than 32 keys some
     * of which are atoms, pids, ports, references or funs: erl orders those keys by its own
     * atom and process numbering (see {@link LargeMaps}), so they are compared only through
     * the deterministic variants.
     */
    private static int largeMapSkips;
    /** Encodings without {@code deterministic} of large maps that are compared byte for byte. */
    private static int largeMapsCompared;
    private static final AtomTable ATOMS = new AtomTable();
    private static final ExportTable EXPORTS = new ExportTable();
    private static final FunTable FUNS = new FunTable();

    @BeforeAll
    static void runErl() throws Exception {
        oracle = ErlOracle.run();
    }

    @AfterAll
    static void release() {
        EXPORTS.close();
        FUNS.close();
    }

    @Test
    void reencodingErlsOutputGivesErlsBytes() {
        assertTrue(oracle.terms().size() >= 1200, "oracle wrote too few terms");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (int t = 0; t < oracle.terms().size(); t++) {
            List<byte[]> encodings = oracle.terms().get(t).encodings();
            assertEquals(VARIANTS.size(), encodings.size(), "variants in the oracle file");
            for (int v = 0; v < encodings.size(); v++) {
                byte[] erl = encodings.get(v);
                try (HeapFragments heap = new HeapFragments()) {
                    TermDecoder.Decoded decoded = ExternalTermFormat.decode(ATOMS, EXPORTS, FUNS, heap, erl, 0,
                            erl.length, false);
                    byte[] jbeam = ExternalTermFormat.encode(ATOMS, decoded.term(), VARIANTS.get(v));
                    if (!VARIANTS.get(v).deterministic() && LargeMaps.containsVmNumberedKeys(decoded.term())) {
                        largeMapSkips++;
                        continue;
                    }
                    if (!VARIANTS.get(v).deterministic() && LargeMaps.containsLargeMap(decoded.term())) {
                        largeMapsCompared++;
                    }
                    if (decoded.used() != erl.length || !java.util.Arrays.equals(erl, jbeam)) {
                        failures.add("term " + t + " variant " + v + ": used " + decoded.used() + " of "
                                + erl.length + "\n erl   " + hex(erl) + "\n jbeam " + hex(jbeam));
                    }
                } catch (RuntimeException e) {
                    failures.add("term " + t + " variant " + v + ": " + e + "\n erl " + hex(erl));
                }
                checked++;
            }
        }
        assertTrue(largeMapSkips < (checked + largeMapSkips) / 5, "too many encodings skipped: " + largeMapSkips);
        assertTrue(largeMapsCompared >= 100, "too few large maps compared in erl's order: " + largeMapsCompared);
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " encodings differ; first:\n"
                + String.join("\n", failures.subList(0, Math.min(8, failures.size()))));
    }

    /**
     * erl reads a FLOAT_EXT field that has no NUL as a C string, on past the field and past the
     * input: undefined behaviour, which mutants of terms holding this run's pids and refs hit
     * now and then. jbeam rejects such a field.
     */
    private static boolean erlReadPastTheInput(ErlangException e) {
        return e.getMessage().contains("not NUL-terminated");
    }

    @Test
    void acceptsAndRejectsWhatErlDoes() {
        List<String> failures = new ArrayList<>();
        int rejected = 0;
        for (ErlOracle.InputRecord record : oracle.inputs()) {
            byte[] input = record.input();
            if (record.used() > input.length) {
                // erl read past the end of the binary (NEWER_REFERENCE_EXT of 0 ids): not reproducible.
                continue;
            }
            try (HeapFragments heap = new HeapFragments()) {
                TermDecoder.Decoded decoded = ExternalTermFormat.decode(ATOMS, EXPORTS, FUNS, heap, input, 0,
                        input.length, false);
                byte[] jbeam = ExternalTermFormat.encode(ATOMS, decoded.term());
                if (!record.badarg() && LargeMaps.containsVmNumberedKeys(decoded.term())) {
                    largeMapSkips++;
                } else if (record.badarg()) {
                    failures.add("erl rejects, jbeam accepts " + hex(input));
                } else if (decoded.used() != record.used() || !java.util.Arrays.equals(record.reencoded(), jbeam)) {
                    failures.add("differs on " + hex(input) + ": used " + decoded.used() + " vs " + record.used()
                            + "\n erl   " + hex(record.reencoded()) + "\n jbeam " + hex(jbeam));
                }
            } catch (ErlangException e) {
                rejected++;
                if (e.reason() != Atoms.BADARG) {
                    failures.add("not badarg: " + e + " on " + hex(input));
                } else if (!record.badarg() && !e.getMessage().contains("internal atom reference")
                        && !erlReadPastTheInput(e)) {
                    failures.add("erl accepts, jbeam rejects (" + e.getMessage() + ") " + hex(input));
                }
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                failures.add("escaped " + e + " on " + hex(input));
            }
        }
        assertTrue(rejected > 100, "too few rejected inputs to mean anything: " + rejected);
        assertTrue(failures.isEmpty(), failures.size() + " of " + oracle.inputs().size() + " inputs differ:\n"
                + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }

    private static String hex(byte[] bytes) {
        String text = HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 120));
        return bytes.length > 120 ? text + "... (" + bytes.length + " bytes)" : text;
    }
}
