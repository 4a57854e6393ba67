package org.jbeam.bench.bakeoff;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds jbeam's execution tiers the way the VM does: {@link ServiceLoader} providers of the
 * tier SPI {@value #SPI}. The bench names the SPI by its class name, not by a compile-time
 * reference, so it builds (and reports honestly that no tier exists) before the SPI lands;
 * each provider's name comes from its public no-argument {@code name()} method. A provider
 * needs what ServiceLoader needs (a public no-argument constructor or a public static
 * {@code provider()} method); one that cannot be created is named in the note, not dropped
 * silently.
 */
public final class TierDiscovery {
    /** The tier SPI's interface, in vm-api. */
    public static final String SPI = "org.jbeam.vm.tier.ExecutionTier";
    /** A bound on providers (and failures) looked at, so a misbehaving iterator cannot spin. */
    private static final int MAX_PROVIDERS = 64;

    /**
     * The tiers found, or why there are none.
     *
     * @param tiers the names of the tiers providers announce, in discovery order
     * @param note  why no tier (or not every provider) could be used; null when all were
     */
    public record Found(List<String> tiers, String note) {}

    private TierDiscovery() {}

    /** Looks for tier providers visible to {@code loader}. */
    public static Found discover(ClassLoader loader) {
        Class<?> spi;
        try {
            spi = Class.forName(SPI, false, loader);
        } catch (ClassNotFoundException e) {
            return new Found(List.of(), "no jbeam execution tier is available yet: the tier SPI " + SPI
                    + " is not on the class path, so only erl is measured");
        }
        List<String> names = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        // The lazy iterator, step by step: a provider that cannot be created throws from
        // hasNext/next, and the iterator then goes on to the next one, so one broken tier
        // does not hide the others.
        Iterator<?> providers = ServiceLoader.load(spi, loader).iterator();
        for (int step = 0; step < MAX_PROVIDERS; step++) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                Object tier = providers.next();
                Method name = tier.getClass().getMethod("name");
                names.add(String.valueOf(name.invoke(tier)));
            } catch (ReflectiveOperationException | RuntimeException | ServiceConfigurationError e) {
                problems.add(e.getMessage());
            }
        }
        if (names.isEmpty() && problems.isEmpty()) {
            return new Found(List.of(), "the tier SPI " + SPI + " exists but no provider is on the class path");
        }
        return new Found(List.copyOf(names), problems.isEmpty() ? null : "unusable tier providers: " + problems);
    }
}
