package org.jbeam.tier.interpreter;

import java.util.List;

import org.jbeam.vm.loader.LoadedModule;
import org.jbeam.vm.memory.NativeMemory;
import org.jbeam.vm.process.ContinuationPointer;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.scheduler.ProcessControl;

/**
 * Whether a process runs a given module version, as OTP's {@code check_process_code} decides:
 * where it resumes (unless it is the running, asking process: it is in the BIF call), its CP
 * register, or any continuation pointer on its stack lies in that version's translated code.
 * A continuation pointer names the interpreter's module number, so the test is by number.
 */
final class CodeVersions {
    private CodeVersions() {}

    static boolean runs(ErlangProcess process, LoadedModule code, List<InterpretedModule> modules, int tierId) {
        boolean[] wanted = new boolean[modules.size()];
        boolean any = false;
        for (InterpretedModule module : modules) {
            if (module.loaded() == code) {
                wanted[module.id()] = true;
                any = true;
            }
        }
        if (!any) {
            return false;
        }
        ProcessControl control = process.control();
        boolean running = control != null && control.state() == ProcessControl.State.RUNNING;
        long resume = process.resumePosition();
        if (!running && process.tier() == tierId && resume >= 0 && in(wanted, resume >>> 32)) {
            return true;
        }
        if (isOurs(process.cp(), tierId) && in(wanted, ContinuationPointer.code(process.cp()) >>> 32)) {
            return true;
        }
        for (long slot = process.frame(); slot < process.stackHigh(); slot += NativeMemory.WORD_BYTES) {
            long word = NativeMemory.word(slot);
            if (isOurs(word, tierId) && in(wanted, ContinuationPointer.code(word) >>> 32)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOurs(long word, int tierId) {
        return word != ContinuationPointer.FINISH && ContinuationPointer.isContinuation(word)
                && ContinuationPointer.tier(word) == tierId;
    }

    private static boolean in(boolean[] wanted, long moduleId) {
        return moduleId >= 0 && moduleId < wanted.length && wanted[(int) moduleId];
    }
}
