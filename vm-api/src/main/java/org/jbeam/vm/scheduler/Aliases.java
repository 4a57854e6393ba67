package org.jbeam.vm.scheduler;

import java.util.concurrent.ConcurrentHashMap;

import org.jbeam.vm.term.TermTags;

/**
 * Process aliases (OTP 24+: {@code erlang:alias/0,1}, {@code unalias/1} and the {@code alias}
 * option of {@code monitor/3}; OTP's {@code erl_proc_sig_queue.c} and {@code bif.c}): a
 * reference that, while active, delivers a message sent to it ({@code Ref ! Msg}) to the
 * process that made it. A message to an inactive alias, or to any other reference, is dropped
 * silently, as erl drops it.
 *
 * <p>How an alias ends is its {@link Mode}. A monitor's alias is the monitor's reference; its
 * mode ties it to the monitor ({@link #monitorGone}). A process's aliases end with it.
 */
final class Aliases {
    /** How an alias is deactivated besides {@code unalias/1} and its owner's death. */
    enum Mode {
        /** Only {@code unalias/1} ends it ({@code alias/0}, {@code {alias, explicit_unalias}}). */
        EXPLICIT_UNALIAS,
        /** It ends with its monitor: {@code demonitor} or the 'DOWN' message. */
        DEMONITOR,
        /** As {@link #DEMONITOR}, and the first message through it also removes the monitor. */
        REPLY_DEMONITOR,
        /** {@code alias([reply])}: the first message through it ends it. */
        REPLY
    }

    private record Alias(long pid, Mode mode) {}

    private final ConcurrentHashMap<RefKey, Alias> active = new ConcurrentHashMap<>();

    /** Makes {@code key} an alias of {@code control}'s process. */
    void activate(ProcessControl control, RefKey key, Mode mode) {
        active.put(key, new Alias(control.process().pid(), mode));
        control.aliases.add(key);
    }

    /** {@code unalias(Alias)} by {@code control}'s process: true when it was one of its active aliases. */
    boolean deactivate(ProcessControl control, RefKey key) {
        if (!control.aliases.remove(key)) {
            return false;
        }
        active.remove(key);
        return true;
    }

    /** The monitor {@code key} ended: its alias ends too unless it was made explicit_unalias. */
    void monitorGone(ProcessControl control, RefKey key) {
        Alias alias = active.get(key);
        if (alias != null && (alias.mode() == Mode.DEMONITOR || alias.mode() == Mode.REPLY_DEMONITOR)) {
            active.remove(key);
            control.aliases.remove(key);
        }
    }

    /** The pid whose alias {@code key} is, or {@link TermTags#NON_VALUE} when it is no active alias. */
    long owner(RefKey key) {
        Alias alias = active.get(key);
        return alias == null ? TermTags.NON_VALUE : alias.pid();
    }

    /**
     * The owner takes in a message sent to {@code key}: whether the alias is still active (if
     * not, the message is dropped). A reply alias is used up here, as erts deactivates it when
     * it handles the message signal; {@code usedUp} then runs (a {@code reply_demonitor}
     * alias's monitor goes with it).
     */
    boolean admit(ProcessControl owner, RefKey key, Runnable usedUp) {
        Alias alias = active.get(key);
        if (alias == null || alias.pid() != owner.process().pid()) {
            return false;
        }
        if (alias.mode() == Mode.REPLY || alias.mode() == Mode.REPLY_DEMONITOR) {
            active.remove(key);
            owner.aliases.remove(key);
            usedUp.run();
        }
        return true;
    }

    /** The process {@code control} exits: every alias it made ends. */
    void processGone(ProcessControl control) {
        for (RefKey key : control.aliases) {
            active.remove(key);
        }
        control.aliases.clear();
    }
}
