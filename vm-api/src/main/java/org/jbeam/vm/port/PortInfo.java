package org.jbeam.vm.port;

import java.util.ArrayList;
import java.util.List;

import org.jbeam.vm.atom.AtomTable;
import org.jbeam.vm.atom.Atoms;
import org.jbeam.vm.heap.HeapAllocator;
import org.jbeam.vm.scheduler.PortSignals;
import org.jbeam.vm.term.Lists;
import org.jbeam.vm.term.TermTags;
import org.jbeam.vm.term.Tuples;

/**
 * {@code erts_internal:port_info/1,2} (OTP's {@code erl_bif_port.c} {@code port_info}): the
 * items {@code port_info/1} lists, in erl's order (name, links, id, connected, input, output,
 * os_pid), and the further single items {@code registered_name}, {@code monitors},
 * {@code monitored_by}, {@code memory}, {@code queue_size}, {@code locking} and
 * {@code parallelism}, each as {@code {Item, Value}}.
 */
final class PortInfo {
    private static final String[] ALL = {"name", "links", "id", "connected", "input", "output", "os_pid"};

    private PortInfo() {}

    static long all(HeapAllocator heap, Port port, AtomTable atoms, PortSignals signals) {
        long[] items = new long[ALL.length];
        for (int i = 0; i < ALL.length; i++) {
            items[i] = item(heap, port, atoms.atom(ALL[i]), atoms, signals);
        }
        return Lists.of(heap, items);
    }

    /** {@code {Item, Value}}, {@code []} for an unnamed port's registered_name, or NON_VALUE for an unknown item. */
    static long item(HeapAllocator heap, Port port, long item, AtomTable atoms, PortSignals signals) {
        String name = atoms.name(item);
        if (name.equals("registered_name")) {
            return TermTags.NIL; // jbeam does not register ports
        }
        long value = switch (name) {
            case "name" -> text(heap, port.name);
            case "links" -> pids(heap, new ArrayList<>(port.links()));
            case "id" -> TermTags.makeSmall(TermTags.localPortData(port.id()));
            case "connected" -> port.connected;
            case "input" -> TermTags.makeSmall(port.inputBytes);
            case "output" -> TermTags.makeSmall(port.outputBytes);
            case "os_pid" -> port.driver.osPid() < 0 ? Atoms.UNDEFINED : TermTags.makeSmall(port.driver.osPid());
            case "monitors" -> TermTags.NIL;
            case "monitored_by" -> pids(heap, signals.monitoredBy(port.id()));
            case "memory" -> TermTags.makeSmall(port.name.length() + 256);
            case "queue_size" -> TermTags.makeSmall(0);
            case "locking" -> atoms.atom("port_level");
            case "parallelism" -> Atoms.FALSE;
            default -> TermTags.NON_VALUE;
        };
        return value == TermTags.NON_VALUE ? TermTags.NON_VALUE : Tuples.make(heap, item, value);
    }

    private static long pids(HeapAllocator heap, List<Long> pids) {
        long list = TermTags.NIL;
        for (int i = pids.size() - 1; i >= 0; i--) {
            list = Lists.cons(heap, pids.get(i), list);
        }
        return list;
    }

    private static long text(HeapAllocator heap, String text) {
        long list = TermTags.NIL;
        int[] codePoints = text.codePoints().toArray();
        for (int i = codePoints.length - 1; i >= 0; i--) {
            list = Lists.cons(heap, TermTags.makeSmall(codePoints[i]), list);
        }
        return list;
    }
}
