package org.jbeam.config;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.jbeam.config.settings.ConfigProblem;
import org.jbeam.config.settings.JitArch;
import org.jbeam.config.tiers.ReservedTier;
import org.jbeam.config.tiers.TierCatalog;
import org.jbeam.vm.tier.ExecutionTier;

/**
 * {@code jbeam tiers}: lists the tiers {@link java.util.ServiceLoader} finds, then the
 * reserved names this build lacks, one per line: name, id, whether it can run here, and its
 * class (or why it is absent). Then the machine: {@code os.arch}, the JIT backend it would use
 * and the core count. A tier that was found runs here: every tier of this build is Java (the
 * JIT tiers will add their CPU check when they land). Exit status 0, or 2 when a tier on the
 * class path is broken (listed after the table, as start-up would report it).
 */
public final class TiersCommand {
    public static final int LISTED = 0;
    public static final int BROKEN = 2;

    private final PrintStream out;
    private final PrintStream err;

    public TiersCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Lists the tiers {@code loader} finds; returns the exit status. */
    public int run(ClassLoader loader) {
        TierCatalog catalog = TierCatalog.discover(loader);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TIER", "ID", "RUNS HERE", "FROM"});
        for (ExecutionTier tier : catalog.tiers()) {
            rows.add(new String[] {tier.name(), Integer.toString(tier.id()), "yes", tier.getClass().getName()});
        }
        for (ReservedTier reserved : ReservedTier.values()) {
            if (catalog.tier(reserved.tierName()).isEmpty()) {
                rows.add(new String[] {reserved.tierName(), "-", "no",
                        "not available in this build (" + reserved.description() + ")"});
            }
        }
        printTable(rows);
        String osArch = System.getProperty("os.arch");
        out.println("machine: os.arch " + osArch + ", JIT backend "
                + JitArch.forOsArch(osArch).map(JitArch::configName).orElse("none") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores");
        List<ConfigProblem> problems = catalog.problems();
        problems.forEach(problem -> err.println("jbeam: " + problem));
        return problems.isEmpty() ? LISTED : BROKEN;
    }

    private void printTable(List<String[]> rows) {
        int[] widths = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
            }
            out.println(line);
        }
    }
}
