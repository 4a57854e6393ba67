package org.jbeam.vm.port;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jbeam.vm.heap.HeapFragments;
import org.jbeam.vm.term.TermTags;

/**
 * One open port (OTP's {@code Port} struct, the parts jbeam needs): its id, the name
 * {@code port_info} shows, its driver and settings, the connected process, its links, its
 * byte counters and its {@code port_set_data} term. Touched under the runtime's signal lock only.
 */
public final class Port {
    private final long id;
    final String name;
    final PortDriver driver;
    final PortSettings settings;
    final InputFraming framing;
    long connected;
    private final Set<Long> links = new LinkedHashSet<>();
    long inputBytes;
    long outputBytes;
    /** The {@code port_set_data} term, in {@link #dataFragment} unless immediate. */
    long data = TermTags.NON_VALUE;
    HeapFragments dataFragment;

    Port(long id, String name, PortDriver driver, PortSettings settings, long connected) {
        this.id = id;
        this.name = name;
        this.driver = driver;
        this.settings = settings;
        this.framing = new InputFraming(settings.packet, settings.line);
        this.connected = connected;
    }

    /** The port term ({@code #Port<0.N>}). */
    public long id() {
        return id;
    }

    /** The processes linked to this port, in link order. */
    public Set<Long> links() {
        return links;
    }

    /** Frees what the port holds besides its driver. */
    void freeData() {
        if (dataFragment != null) {
            dataFragment.close();
            dataFragment = null;
        }
        data = TermTags.NON_VALUE;
    }
}
