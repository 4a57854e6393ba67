package org.jbeam.bench.bakeoff;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds jbeam's execution tiers the way the VM does: {@link ServiceLoader} providers of the
 * tier SPI {@value #SPI}. The bench names the SPI by its class name, not by a compile-time
 * reference, so it builds (and reports honestly that no tier exists) before the SPI lands;
 * each provider's name comes from its public no-argument {@code name()} method.
 */
public final class TierDiscovery {
    /** The tier SPI's interface, in vm-api. */
    public static final String SPI = "org.jbeam.vm.tier.ExecutionTier";

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
        List<? extends ServiceLoader.Provider<?>> providers;
        try {
            providers = ServiceLoader.load(spi, loader).stream().toList();
        } catch (ServiceConfigurationError e) {
            return new Found(List.of(), "the tier providers are misconfigured: " + e.getMessage());
        }
        for (ServiceLoader.Provider<?> provider : providers) {
            try {
                Object tier = provider.get();
                Method name = tier.getClass().getMethod("name");
                names.add(String.valueOf(name.invoke(tier)));
            } catch (ReflectiveOperationException | RuntimeException | ServiceConfigurationError e) {
                problems.add(provider.type().getName() + ": " + e);
            }
        }
        if (names.isEmpty() && problems.isEmpty()) {
            return new Found(List.of(), "the tier SPI " + SPI + " exists but no provider is on the class path");
        }
        return new Found(List.copyOf(names), problems.isEmpty() ? null : "unusable tier providers: " + problems);
    }
}
