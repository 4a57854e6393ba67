package org.jbeam.vm.bif;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.error.ErlangException;
import org.jbeam.vm.process.ErlangProcess;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.Maps;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * The node BIFs of a node that is not distributed, which is what jbeam is: {@code nodes/1,2}
 * (only {@code this} and {@code known} name a node, the node itself), {@code monitor_node/2,3}
 * ({@code notalive} for any other node, as erl says), and the {@code monitor_nodes} process
 * flag ({@code dist.c}, {@code erl_bif_info.c}), which counts a process's subscriptions per
 * option set ({@code false} drops them all) although no node will ever come up. The kernel's {@code global} and
 * {@code net_kernel} subscribe at boot.
 */
final class NodeBifs {
    private NodeBifs() {}

    private static final String[] NODE_KINDS = {"visible", "hidden", "connected", "this", "known"};

    static void register(BifTable t, AtomTable atoms) {
        t.register("erlang", "nodes", 1, (p, a) -> nodes(p, a[0], atoms, TermTags.NON_VALUE));
        t.register("erlang", "nodes", 2, (p, a) -> nodes(p, a[0], atoms, a[1]));
        long notAlive = atoms.atom("notalive");
        t.register("erlang", "monitor_node", 2, (p, a) -> monitorNode(a[0], a[1], TermTags.NIL, notAlive));
        t.register("erlang", "monitor_node", 3, (p, a) -> monitorNode(a[0], a[1], a[2], notAlive));
        // Whether the node of an io server's pid speaks unicode io: every node jbeam knows does.
        t.register("net_kernel", "dflag_unicode_io", 1, (p, a) -> {
            if (!TypeTests.isPid(a[0])) {
                throw ErlangException.badarg("dflag_unicode_io: not a pid");
            }
            return Atoms.TRUE;
        });
        Subscriptions subscriptions = new Subscriptions(atoms);
        long monitorNodes = atoms.atom("monitor_nodes");
        Bif otherFlags = t.find(Atoms.ERLANG, atoms.atom("process_flag"), 2);
        t.register("erlang", "process_flag", 2, (p, a) -> {
            if (a[0] == monitorNodes) {
                return subscriptions.flip(p, "", a[1]);
            }
            if (Tuples.isTuple(a[0]) && Tuples.arity(a[0]) == 2 && Tuples.element(a[0], 1) == monitorNodes) {
                return subscriptions.flip(p, subscriptions.optionsKey(Tuples.element(a[0], 2)), a[1]);
            }
            if (otherFlags == null) {
                throw ErlangException.badarg("process_flag: unknown flag");
            }
            return otherFlags.call(p, a);
        });
    }

    /** {@code nodes(Kinds)} and {@code nodes(Kinds, InfoOptions)}: the node itself for {@code this} and {@code known}. */
    private static long nodes(ErlangProcess p, long kinds, AtomTable atoms, long infoOptions) {
        boolean self = false;
        long rest = TermTags.isAtom(kinds) ? Lists.cons(p.heap(), kinds, TermTags.NIL) : kinds;
        if (Lists.properLength(rest) < 0) {
            throw ErlangException.badarg("nodes: not a node kind or a list of them");
        }
        for (; rest != TermTags.NIL; rest = Lists.tail(rest)) {
            String kind = TermTags.isAtom(Lists.head(rest)) ? atoms.name(Lists.head(rest)) : "";
            if (!java.util.Arrays.asList(NODE_KINDS).contains(kind)) {
                throw ErlangException.badarg("nodes: unknown node kind");
            }
            self |= kind.equals("this") || kind.equals("known");
        }
        if (infoOptions == TermTags.NON_VALUE) {
            return self ? Lists.cons(p.heap(), Atoms.NONODE, TermTags.NIL) : TermTags.NIL;
        }
        long info = nodeInfo(p, infoOptions, atoms);
        return self ? Lists.cons(p.heap(), Tuples.make(p.heap(), Atoms.NONODE, info), TermTags.NIL) : TermTags.NIL;
    }

    /** The info map of the node itself: {@code node_type => this}, and no connection id. */
    private static long nodeInfo(ErlangProcess p, long options, AtomTable atoms) {
        if (!Maps.isMap(options)) {
            throw ErlangException.badarg("nodes/2: the options must be a map");
        }
        long connectionId = atoms.atom("connection_id");
        long nodeType = atoms.atom("node_type");
        long[][] entries = Maps.entries(options);
        boolean wantType = false;
        for (int i = 0; i < entries[0].length; i++) {
            long key = entries[0][i];
            long value = entries[1][i];
            if ((key != connectionId && key != nodeType) || (value != Atoms.TRUE && value != Atoms.FALSE)) {
                throw ErlangException.badarg("nodes/2: unknown option");
            }
            wantType |= key == nodeType && value == Atoms.TRUE;
        }
        return wantType ? Maps.fromPairs(p.order(), p.heap(), new long[] {nodeType}, new long[] {atoms.atom("this")})
                : Maps.empty(p.heap());
    }

    /** {@code monitor_node/2,3}: the node itself needs no monitor; any other node is out of reach. */
    private static long monitorNode(long node, long flag, long options, long notAlive) {
        if (!TermTags.isAtom(node) || Lists.properLength(options) < 0) {
            throw ErlangException.badarg("monitor_node: bad arguments");
        }
        if (node != Atoms.NONODE) {
            // erts checks that this node is alive before it looks at the flag.
            throw ErlangException.error(notAlive, "monitor_node: this node is not alive");
        }
        if (flag != Atoms.TRUE && flag != Atoms.FALSE) {
            throw ErlangException.badarg("monitor_node: the flag must be a boolean");
        }
        return Atoms.TRUE;
    }

    /**
     * Each process's {@code monitor_nodes} subscription counts, by option set, dropped when it
     * exits. Processes on several schedulers subscribe at once (boot's servers do), so the
     * table is used under this object's lock.
     */
    private static final class Subscriptions {
        private final AtomTable atoms;
        private final Map<Long, Map<String, Integer>> byProcess = new HashMap<>();

        Subscriptions(AtomTable atoms) {
            this.atoms = atoms;
        }

        /** Adds one subscription, or drops all of the option set; answers the count before, as erl does. */
        synchronized long flip(ErlangProcess p, String key, long flag) {
            if (flag != Atoms.TRUE && flag != Atoms.FALSE) {
                throw ErlangException.badarg("monitor_nodes: the flag must be a boolean");
            }
            Map<String, Integer> counts = byProcess.computeIfAbsent(p.pid(), pid -> {
                if (p.control() != null) {
                    p.control().addExitHook(this, () -> forget(pid));
                }
                return new HashMap<>();
            });
            int before = counts.getOrDefault(key, 0);
            if (flag == Atoms.TRUE) {
                counts.put(key, before + 1);
            } else {
                counts.remove(key);
            }
            return TermTags.makeSmall(before);
        }

        private synchronized void forget(long pid) {
            byProcess.remove(pid);
        }

        /** A canonical text for an option map (keys {@code connection_id}, {@code node_type}, ...). */
        String optionsKey(long options) {
            if (!Maps.isMap(options)) {
                throw ErlangException.badarg("monitor_nodes: the options must be a map");
            }
            long[][] entries = Maps.entries(options);
            TreeMap<String, String> sorted = new TreeMap<>();
            for (int i = 0; i < entries[0].length; i++) {
                if (!TermTags.isAtom(entries[0][i]) || !TermTags.isAtom(entries[1][i])) {
                    throw ErlangException.badarg("monitor_nodes: unknown option");
                }
                sorted.put(atoms.name(entries[0][i]), atoms.name(entries[1][i]));
            }
            return sorted.toString();
        }
    }
}
