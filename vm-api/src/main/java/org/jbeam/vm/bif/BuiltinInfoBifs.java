package org.jbeam.vm.bif;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;

/**
 * Small runtime BIFs of {@code bif.c} and {@code erl_bif_info.c}: {@code erlang:is_builtin/3},
 * {@code registered/0} and {@code bump_reductions/1}.
 *
 * <p>{@code is_builtin} answers as erl 25 does: true for the functions OTP implements in C
 * ({@code bif.tab}), read from {@code otp-bifs.txt} (the list erl 25 itself gives). It tells
 * what OTP's code may rely on, not how jbeam runs a function (some of OTP's BIFs are
 * instructions here, and some of jbeam's BIFs are Erlang code in OTP).
 */
final class BuiltinInfoBifs {
    private static final String OTP_BIFS = "otp-bifs.txt";

    private BuiltinInfoBifs() {}

    static void register(BifTable t) {
        Set<String> builtins = otpBifs();
        AtomTable atoms = t.atoms();
        t.register("erlang", "is_builtin", 3, (p, a) -> {
            if (!TermTags.isAtom(a[0]) || !TermTags.isAtom(a[1]) || !TermTags.isSmall(a[2])) {
                throw ErlangException.badarg("is_builtin: Module, Function and Arity");
            }
            String mfa = atoms.name(a[0]) + ":" + atoms.name(a[1]) + "/" + TermTags.smallValue(a[2]);
            return Atoms.bool(builtins.contains(mfa));
        });
        t.register("erlang", "registered", 0, BuiltinInfoBifs::registered);
        t.register("erlang", "bump_reductions", 1, (p, a) -> {
            if (!TermTags.isSmall(a[0]) || TermTags.smallValue(a[0]) < 0) {
                throw ErlangException.badarg("bump_reductions: not a non-negative integer");
            }
            p.consumeReductions((int) Math.min(Integer.MAX_VALUE, TermTags.smallValue(a[0])));
            return Atoms.TRUE;
        });
    }

    private static long registered(ErlangProcess p, long[] a) {
        if (p.control() == null) {
            return TermTags.NIL;
        }
        long list = TermTags.NIL;
        for (long name : p.control().runtime().registeredNames()) {
            list = Lists.cons(p.heap(), name, list);
        }
        return list;
    }

    private static Set<String> otpBifs() {
        Set<String> bifs = new HashSet<>();
        try (InputStream in = BuiltinInfoBifs.class.getResourceAsStream(OTP_BIFS)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + OTP_BIFS + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    bifs.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bifs;
    }
}
