package org.jbeam.config.tiers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

import org.jbeam.config.settings.ConfigProblem;
import org.jbeam.vm.tier.ExecutionTier;

/**
 * The execution tiers of this build, found with {@link ServiceLoader} through a given class
 * loader: a tier jar on the class path with a
 * {@code META-INF/services/org.jbeam.vm.tier.ExecutionTier} file appears here with no change
 * elsewhere. {@link ServiceLoader} creates each tier with its public no-argument constructor;
 * the tier's dependencies are injected into its {@code @Inject} members when the VM is
 * assembled ({@code VmModule}).
 *
 * <p>A provider that cannot be created, two tiers with one name or one id, or an id outside
 * 1..255 (the id is a byte in export entries and continuation pointers) is a start-up problem.
 */
public final class TierCatalog {
    /** Where problems with the class path are reported from. */
    public static final String SOURCE = "class path";
    /** Tier ids fit a byte and 0 marks an unbound export entry. */
    public static final int MIN_ID = 1;
    public static final int MAX_ID = 255;

    private final Map<String, ExecutionTier> byName = new TreeMap<>();
    private final List<ConfigProblem> problems = new ArrayList<>();

    private TierCatalog(List<ExecutionTier> tiers, List<String> failures) {
        failures.forEach(failure -> problems.add(new ConfigProblem(SOURCE, 0, "", failure)));
        Map<Integer, String> byId = new TreeMap<>();
        for (ExecutionTier tier : tiers) {
            String name = tier.name();
            String implementation = tier.getClass().getName();
            if (byName.containsKey(name)) {
                problems.add(new ConfigProblem(SOURCE, 0, "", "two tiers are named \"" + name + "\": "
                        + byName.get(name).getClass().getName() + " and " + implementation));
                continue;
            }
            if (tier.id() < MIN_ID || tier.id() > MAX_ID) {
                problems.add(new ConfigProblem(SOURCE, 0, "", "tier \"" + name + "\" (" + implementation + ") has id "
                        + tier.id() + "; expected an id from " + MIN_ID + " to " + MAX_ID));
                continue;
            }
            String holder = byId.putIfAbsent(tier.id(), name);
            if (holder != null) {
                problems.add(new ConfigProblem(SOURCE, 0, "", "tiers \"" + holder + "\" and \"" + name
                        + "\" both have id " + tier.id()));
                continue;
            }
            byName.put(name, tier);
        }
    }

    /** Every tier {@code loader} finds; providers that fail become problems, not exceptions. */
    public static TierCatalog discover(ClassLoader loader) {
        List<ExecutionTier> tiers = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Iterator<ExecutionTier> providers = ServiceLoader.load(ExecutionTier.class, loader).iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    break;
                }
                tiers.add(providers.next());
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failures.add("cannot load a tier: " + e.getMessage());
            }
        }
        return new TierCatalog(tiers, failures);
    }

    /** A catalog of exactly {@code tiers}, for assembling a VM without discovery. */
    public static TierCatalog of(List<ExecutionTier> tiers) {
        return new TierCatalog(tiers, List.of());
    }

    /** The usable tiers' names, sorted. */
    public Set<String> names() {
        return byName.keySet();
    }

    public Optional<ExecutionTier> tier(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The usable tiers, sorted by name. */
    public Collection<ExecutionTier> tiers() {
        return byName.values();
    }

    /** What is wrong with the tiers on the class path (empty when nothing is). */
    public List<ConfigProblem> problems() {
        return List.copyOf(problems);
    }
}
