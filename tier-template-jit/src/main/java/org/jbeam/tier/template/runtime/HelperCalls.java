package org.jbeam.tier.template.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntToLongFunction;

import org.jbeam.tier.template.backend.Helper;
import org.jbeam.tier.template.entry.EntryContext;
import org.jbeam.tier.template.ops.BifSite;
import org.jbeam.tier.template.ops.Comparison;
import org.jbeam.tier.template.ops.ErrorKind;
import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.bif.Arithmetic;
import org.jbeam.vm.bif.BifTable;
import org.jbeam.vm.code.ExportTable;
import org.jbeam.vm.error.FailedCall;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.tier.Tiers;

/**
 * The Java side of the helpers generated code calls ({@link Helper} documents each one's
 * arguments), one line per helper, the work in the family classes ({@link BifHelpers},
 * {@link CallHelpers}, {@link ExceptionHelpers}, {@link MessageHelpers}, {@link MapHelpers}, {@link BitsHelpers}),
 * which use the same vm-api semantics as the interpreter (the collector, the BIF table, term order,
 * the error terms). Runs with the process's state synced from the context; an
 * {@link ErlangException} a helper throws is raised in the process by the caller.
 */
final class HelperCalls {
    private final BifHelpers bifs = new BifHelpers();
    private final CallHelpers calls;
    private final ExceptionHelpers exceptions;
    private final MessageHelpers messages;
    private final BitsHelpers bits;
    private final AtomTable atoms;
    /** The module the last helper call came from, which the next one most likely comes from too. */
    final CodeCache.Lookup lookup = new CodeCache.Lookup();
    /** Per BIF site name ({@code M:F/A}), its module and function atoms, for failed-call trace entries. */
    private final Map<String, long[]> bifNames = new HashMap<>();
    /** The arguments of the last GUARD_BIF call, which its failure's trace entry shows. */
    private final long[] guardArguments = new long[3];

    HelperCalls(int tierId, AtomTable atoms, BifTable bifTable, ExportTable exports, ExportResolver resolver,
            Tiers tiers) {
        this.atoms = atoms;
        this.calls = new CallHelpers(tierId, resolver, bifTable, exports);
        this.exceptions = new ExceptionHelpers(atoms, tiers::describeContinuation);
        this.messages = new MessageHelpers(atoms);
        this.bits = new BitsHelpers(atoms);
    }

    Outcome run(Helper helper, EntryContext c, ErlangProcess p, NativeModule module) {
        long resume = c.resumeAddress();
        calls.forgetCallee();
        switch (helper) {
            case TEST_HEAP -> p.ensureHeap((int) c.argument(1), c.argument(0));
            case GROW_STACK -> p.reserveStack(c.argument(0));
            case CALL_BIF -> BifHelpers.callBif(p, module.bifSite((int) c.argument(0)));
            case GUARD_BIF -> c.setArgument(0, guardBif(c, p, module.bifSite((int) c.argument(0))));
            case COMPARE -> c.setArgument(0, BifHelpers.compare(p.order(), Comparison.of((int) c.argument(0)),
                    c.argument(1), c.argument(2)) ? 1 : 0);
            case IS_FUNCTION2 -> c.setArgument(0, BifHelpers.isFunction(c.argument(1), c.argument(2)) ? 1 : 0);
            case TO_DOUBLE -> c.setArgument(0, Double.doubleToRawLongBits(Arithmetic.toDouble(c.argument(1))));
            case CALL_EXPORT -> {
                return calls.callExport(p, c.argument(0));
            }
            case CALL_FUN -> {
                return calls.callFun(p, c.argument(0), (int) c.argument(1), resume);
            }
            case CALL_ON_LOAD -> {
                return calls.callOnLoad(p);
            }
            case HIBERNATE -> {
                return calls.hibernate(p, resume);
            }
            case APPLY -> {
                return calls.apply(p, (int) c.argument(0), (int) c.argument(1), c.argument(2) != 0, resume);
            }
            case MAKE_FUN -> CallHelpers.makeFun(p, module.funSite((int) c.argument(0)));
            case RAISE -> throw exceptions.error(p, ErrorKind.of((int) c.argument(0)), c.argument(1));
            case CATCH_END -> exceptions.catchEnd(p);
            case RERAISE -> throw exceptions.reraise(c.argument(1), c.argument(2));
            case BUILD_STACKTRACE -> exceptions.buildStacktrace(p);
            case RAW_RAISE -> throw exceptions.rawRaise(p);
            case MAP -> c.setArgument(0, MapHelpers.run(p, module.mapSite((int) c.argument(0))) ? 1 : 0);
            case BITS -> c.setArgument(0, bits.run(p, module.bitsSite((int) c.argument(0))) ? 1 : 0);
            case SEND -> MessageHelpers.send(p);
            case LOOP_REC -> c.setArgument(0, p.mailbox().current());
            case NEXT_MESSAGE -> p.mailbox().advance();
            case REMOVE_MESSAGE -> MessageHelpers.removeMessage(p);
            case WAIT -> {
                return MessageHelpers.waitAt(p, resume, 0);
            }
            case WAIT_TIMEOUT -> {
                return messages.waitTimeout(p, c.argument(1), c.argument(2), (int) c.argument(3), resume);
            }
            case TIMEOUT -> MessageHelpers.timeout(p);
        }
        return Outcome.enter(resume);
    }

    /** GUARD_BIF: the arguments come from the context's argument words 1..3. */
    private long guardBif(EntryContext c, ErlangProcess p, BifSite site) {
        for (int k = 0; k < site.arity(); k++) {
            guardArguments[k] = c.argument(1 + k);
        }
        return bifs.guardBif(p, site, guardArguments);
    }

    /**
     * The call {@code helper} was making when it raised, for the trace's first entry: the BIF of
     * a CALL_BIF or GUARD_BIF site with its arguments, or the function a call helper was calling
     * (a BIF it ran, or an export with no code); null when the helper raised for its instruction
     * itself ({@code badfun}, {@code badarity}, a {@code badmatch}, ...). Asked right after the
     * helper threw, while the X registers still hold the call's arguments.
     */
    FailedCall failedCall(Helper helper, EntryContext c, ErlangProcess p, NativeModule module) {
        return switch (helper) {
            case CALL_BIF -> bifCall(module.bifSite((int) c.argument(0)), p::x);
            case GUARD_BIF -> {
                BifSite site = module.bifSite((int) c.argument(0));
                yield site.namedInTrace() ? bifCall(site, k -> guardArguments[k]) : null;
            }
            case CALL_EXPORT, CALL_FUN, APPLY, HIBERNATE -> calls.failedCall(p);
            default -> null;
        };
    }

    /** A BIF site's call; its name reads {@code Module:Function/Arity}. */
    private FailedCall bifCall(BifSite site, IntToLongFunction argument) {
        long[] name = bifNames.computeIfAbsent(site.name(), text -> {
            int colon = text.indexOf(':');
            int slash = text.lastIndexOf('/');
            return new long[] {atoms.atom(text.substring(0, colon)), atoms.atom(text.substring(colon + 1, slash))};
        });
        long[] arguments = new long[site.arity()];
        for (int k = 0; k < arguments.length; k++) {
            arguments[k] = argument.applyAsLong(k);
        }
        return new FailedCall(name[0], name[1], arguments, true);
    }

    /** The trace a re-raise keeps, for the exception it throws; NON_VALUE after it is taken. */
    long takeCarriedTrace() {
        return exceptions.takeCarriedTrace();
    }
}
