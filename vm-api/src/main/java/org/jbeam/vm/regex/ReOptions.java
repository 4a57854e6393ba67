package org.jbeam.vm.regex;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * An option list of {@code re:compile/2} or {@code re:run/3}, parsed as
 * {@code erl_bif_re.c}'s {@code parse_options} does: compile flags, match flags, the offset,
 * the capture spec (kept as terms), {@code global} and {@code report_errors}, and whether any
 * option only a compile ({@link #compileOnly}) or only a run ({@link #runOnly}) accepts is
 * present. {@code match_limit} and {@code match_limit_recursion} are accepted and not
 * enforced: java.util.regex has no such counter.
 */
final class ReOptions {
    int compileFlags;
    private int newlineBits;
    boolean bsrAnyCrlf;
    boolean anchored;
    boolean notempty;
    boolean notemptyAtStart;
    boolean notbol;
    boolean noteol;
    int offset;
    boolean capture;
    long captureValues;
    long captureType;
    boolean global;
    boolean reportErrors;
    boolean compileOnly;
    boolean runOnly;

    private ReOptions() {}

    /** The parsed list, or null when erl would raise badarg for it. */
    static ReOptions parse(AtomTable atoms, long list) {
        ReOptions o = new ReOptions();
        long rest = list;
        for (; TermTags.isList(rest); rest = Lists.tail(rest)) {
            long item = Lists.head(rest);
            boolean ok = Tuples.isTuple(item) ? o.tuple(atoms, item) : TermTags.isAtom(item) && o.atom(atoms.name(item));
            if (!ok) {
                return null;
            }
        }
        return rest == TermTags.NIL ? o : null;
    }

    CompileOptions compileOptions() throws PcreSyntaxError {
        Newline newline = newline();
        return new CompileOptions(compileFlags | (anchored ? CompileOptions.ANCHORED : 0),
                newline == null ? Newline.LF : newline, bsrAnyCrlf);
    }

    Execution.Flags executionFlags() {
        return new Execution.Flags(anchored, notbol, noteol, notempty, notemptyAtStart);
    }

    private boolean tuple(AtomTable atoms, long item) {
        int arity = Tuples.arity(item);
        long tag = Tuples.element(item, 1);
        if (arity == 3 && tag == atoms.atom("capture")) {
            capture = true;
            runOnly = true;
            captureValues = Tuples.element(item, 2);
            captureType = Tuples.element(item, 3);
            return true;
        }
        if (arity != 2 || !TermTags.isAtom(tag)) {
            return false;
        }
        long value = Tuples.element(item, 2);
        switch (atoms.name(tag)) {
            case "capture" -> {
                capture = true;
                runOnly = true;
                captureValues = value;
                captureType = atoms.atom("index");
            }
            case "offset" -> {
                if (!nonNegativeInt(value)) {
                    return false;
                }
                offset = (int) TermTags.smallValue(value);
                runOnly = true;
            }
            case "match_limit", "match_limit_recursion" -> {
                if (!nonNegativeInt(value)) {
                    return false;
                }
                runOnly = true;
            }
            case "newline" -> {
                int bits = TermTags.isAtom(value) ? newlineBits(atoms.name(value)) : 0;
                newlineBits |= bits;
                return bits != 0;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static boolean nonNegativeInt(long value) {
        return TermTags.isSmall(value) && TermTags.smallValue(value) >= 0
                && TermTags.smallValue(value) <= Integer.MAX_VALUE;
    }

    /** PCRE 8's newline option bits (shifted down): several {@code newline} options are OR-ed as in erl. */
    private static int newlineBits(String name) {
        return switch (name) {
            case "cr" -> 1;
            case "lf" -> 2;
            case "crlf" -> 3;
            case "any" -> 4;
            case "anycrlf" -> 5;
            default -> 0;
        };
    }

    /** The newline convention the options ask for, or null when they give none. */
    Newline newline() throws PcreSyntaxError {
        return switch (newlineBits) {
            case 0 -> null;
            case 1 -> Newline.CR;
            case 2 -> Newline.LF;
            case 3 -> Newline.CRLF;
            case 4 -> Newline.ANY;
            case 5 -> Newline.ANYCRLF;
            default -> throw new PcreSyntaxError("inconsistent NEWLINE options", 0);
        };
    }

    private boolean atom(String name) {
        int flag = switch (name) {
            case "caseless" -> CompileOptions.CASELESS;
            case "multiline" -> CompileOptions.MULTILINE;
            case "dotall" -> CompileOptions.DOTALL;
            case "extended" -> CompileOptions.EXTENDED;
            case "dollar_endonly" -> CompileOptions.DOLLAR_ENDONLY;
            case "ungreedy" -> CompileOptions.UNGREEDY;
            case "firstline" -> CompileOptions.FIRSTLINE;
            case "no_auto_capture" -> CompileOptions.NO_AUTO_CAPTURE;
            case "dupnames" -> CompileOptions.DUPNAMES;
            case "ucp" -> CompileOptions.UCP;
            case "unicode" -> CompileOptions.UNICODE;
            case "never_utf" -> CompileOptions.NEVER_UTF;
            case "no_start_optimize" -> CompileOptions.NO_START_OPTIMIZE;
            default -> 0;
        };
        if (flag != 0) {
            compileFlags |= flag;
            compileOnly = true;
            return true;
        }
        switch (name) {
            case "anchored" -> anchored = true;
            case "notempty" -> notempty = true;
            case "notempty_atstart" -> notemptyAtStart = true;
            case "notbol" -> notbol = true;
            case "noteol" -> noteol = true;
            case "report_errors" -> reportErrors = true;
            case "global" -> global = true;
            case "bsr_anycrlf" -> bsrAnyCrlf = true;
            case "bsr_unicode" -> bsrAnyCrlf = false;
            default -> {
                return false;
            }
        }
        runOnly |= !name.equals("anchored") && !name.startsWith("bsr_");
        return true;
    }
}
