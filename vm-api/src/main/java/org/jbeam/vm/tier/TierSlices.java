package org.jbeam.vm.tier;

import org.jbeam.vm.code.ExportEntry;
import org.jbeam.vm.code.FunEntry;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;

/**
 * One time slice of a process across tiers (contract 3): the slice starts or resumes in one tier,
 * and each time that tier leaves with a hand-over status ({@link TierStatus#handsOver()}) the
 * process continues in the tier that owns the target, until a status that ends the slice (yield,
 * wait, finish, raise). The process records the tier it is in ({@link ErlangProcess#tier()}), so
 * a yield or a wait resumes in the tier that yielded. Calls and returns within one tier never
 * come here: a tier hands over only when a target's tier id is not its own.
 */
public final class TierSlices {
    private TierSlices() {}

    /** Runs the first slice of {@code process}: its first call is {@code exportEntry}, its arguments in X0... */
    public static TierStatus start(Tiers tiers, ExecutionTier first, ErlangProcess process, long exportEntry) {
        process.setTier(first.id());
        return handOver(tiers, process, first.start(process, exportEntry));
    }

    /** Runs a further slice of {@code process}, in the tier that yielded or waited. */
    public static TierStatus resume(Tiers tiers, ErlangProcess process) {
        return handOver(tiers, process, tiers.byId(process.tier()).resume(process));
    }

    /** Follows hand-overs until a status that ends the slice. */
    private static TierStatus handOver(Tiers tiers, ErlangProcess process, TierStatus status) {
        while (status.handsOver()) {
            long target = process.handOverTarget();
            int id = ownerOf(status, target);
            ExecutionTier next = tiers.byId(id);
            process.setTier(id);
            status = switch (status) {
                case CALL_EXPORT -> next.enterExport(process, target);
                case CALL_FUN -> next.enterFun(process, target);
                case RETURN -> next.returnTo(process, target);
                case CATCH -> next.catchAt(process, target);
                default -> throw new IllegalStateException("not a hand-over: " + status);
            };
        }
        return status;
    }

    /** The id of the tier a hand-over's target belongs to. */
    static int ownerOf(TierStatus status, long target) {
        return switch (status) {
            case CALL_EXPORT -> ExportEntry.tier(target);
            case CALL_FUN -> FunEntry.tier(target);
            case RETURN -> ContinuationPointer.tier(target);
            case CATCH -> CatchTags.tier(target);
            default -> throw new IllegalStateException("not a hand-over: " + status);
        };
    }
}
