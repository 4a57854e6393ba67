package org.jbeam.vm.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.TermOrder;
import org.jbeam.vm.term.TermTags;
import org.junit.jupiter.api.Test;

/**
 * The slice loop's hand-over between tiers: a status that hands over goes to the tier that owns
 * the target, through the entry point for that status; a status that ends the slice ends it; a
 * yield resumes in the tier that yielded. Catch tags carry their tier.
 */
class TierSlicesTest {
    /** A tier that logs each entry and answers with what its script says next. */
    private static final class ScriptedTier implements ExecutionTier {
        private final int id;
        private final List<String> log;
        private final BiFunction<String, ErlangProcess, TierStatus> script;

        ScriptedTier(int id, List<String> log, BiFunction<String, ErlangProcess, TierStatus> script) {
            this.id = id;
            this.log = log;
            this.script = script;
        }

        private TierStatus entered(String how, ErlangProcess p, long target) {
            log.add(id + ":" + how + ":" + target);
            return script.apply(how, p);
        }

        @Override public int id() { return id; }
        @Override public String name() { return "tier-" + id; }
        @Override public void install(LoadedModule module) {}
        @Override public TierStatus start(ErlangProcess p, long entry) { return entered("start", p, entry); }
        @Override public TierStatus resume(ErlangProcess p) { return entered("resume", p, 0); }
        @Override public TierStatus enterExport(ErlangProcess p, long entry) { return entered("export", p, entry); }
        @Override public TierStatus enterFun(ErlangProcess p, long entry) { return entered("fun", p, entry); }
        @Override public TierStatus returnTo(ErlangProcess p, long cp) { return entered("return", p, cp); }
        @Override public TierStatus catchAt(ErlangProcess p, long tag) { return entered("catch", p, tag); }
    }

    private static final long CP_OF_2 = ContinuationPointer.make(2, 77);
    private static final long TAG_OF_1 = CatchTags.make(1, 5);

    @Test
    void aSliceMovesBetweenTiersUntilAStatusEndsIt() {
        List<String> log = new ArrayList<>();
        ScriptedTier one = new ScriptedTier(1, log, (how, p) -> switch (how) {
            case "start" -> handOver(p, TierStatus.RETURN, CP_OF_2);
            case "catch" -> TierStatus.YIELDED;
            default -> TierStatus.FINISHED;
        });
        ScriptedTier two = new ScriptedTier(2, log, (how, p) -> handOver(p, TierStatus.CATCH, TAG_OF_1));
        Tiers tiers = Tiers.of(one, two);
        try (ErlangProcess p = new ErlangProcess(TermTags.makeLocalPid(1), new TermOrder(new AtomTable()), 16, 64,
                1024)) {
            assertEquals(TierStatus.YIELDED, TierSlices.start(tiers, one, p, 9));
            assertEquals(List.of("1:start:9", "2:return:" + CP_OF_2, "1:catch:" + TAG_OF_1), log);
            assertEquals(1, p.tier(), "the process resumes in the tier that yielded");
            assertEquals(TierStatus.FINISHED, TierSlices.resume(tiers, p));
            assertEquals("1:resume:0", log.get(3));
        }
    }

    private static TierStatus handOver(ErlangProcess p, TierStatus status, long target) {
        p.setHandOverTarget(target);
        return status;
    }

    @Test
    void catchTagsNameTheirTierAndHandler() {
        long tag = CatchTags.make(250, 123_456);
        assertTrue(TermTags.isCatch(tag));
        assertEquals(250, CatchTags.tier(tag));
        assertEquals(123_456, CatchTags.handler(tag));
        assertThrows(IllegalArgumentException.class, () -> CatchTags.make(0, 1));
    }

    @Test
    void onlyTheFourHandOverStatusesHandOver() {
        for (TierStatus status : TierStatus.values()) {
            boolean handOver = switch (status) {
                case CALL_EXPORT, CALL_FUN, RETURN, CATCH -> true;
                case FINISHED, YIELDED, RAISED, WAITING -> false;
            };
            assertEquals(handOver, status.handsOver(), status.name());
        }
        assertFalse(TierStatus.WAITING.handsOver());
    }

    @Test
    void tiersRefuseTwoTiersWithOneIdAndAnIdNoTierHas() {
        List<String> log = new ArrayList<>();
        Tiers tiers = Tiers.of(new ScriptedTier(3, log, (how, p) -> TierStatus.FINISHED));
        assertThrows(IllegalStateException.class,
                () -> tiers.add(new ScriptedTier(3, log, (how, p) -> TierStatus.FINISHED)));
        assertThrows(IllegalStateException.class, () -> tiers.byId(4));
        assertEquals(3, tiers.assignedId("lists"), "without an assignment every module goes to the lowest id");
        tiers.assign(module -> 7);
        assertEquals(7, tiers.assignedId("lists"));
    }
}
