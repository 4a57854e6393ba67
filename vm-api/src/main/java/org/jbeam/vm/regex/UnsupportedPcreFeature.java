package org.jbeam.vm.regex;

/**
 * A valid PCRE construct that java.util.regex cannot run with PCRE's meaning (recursion,
 * conditionals, backtracking verbs, {@code \K}, ...). The BIFs raise it as
 * {@code error:{re_unsupported, Description}}: jbeam refuses such a pattern instead of matching
 * it differently from erl.
 */
public final class UnsupportedPcreFeature extends RuntimeException {
    UnsupportedPcreFeature(String description) {
        super(description, null, false, false);
    }
}
