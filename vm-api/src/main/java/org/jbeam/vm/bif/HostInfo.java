package org.jbeam.vm.bif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@code erlang:system_info/1} says about the machine and its OS, read where erts reads it
 * ({@code erl_cpu_topology.c}, {@code erl_misc_utils.c}, {@code sys/unix/sys.c}) so the answers
 * equal erl's on the same host: the OS type and version ({@code uname}), and the logical
 * processors (configured, online and available to this process) with their topology from
 * Linux's {@code /sys/devices/system/cpu}. Where a fact cannot be read, the value is the one erl
 * gives then ({@code unknown}, or no topology).
 */
final class HostInfo {
    private static final Path CPUS = Path.of("/sys/devices/system/cpu");
    private static final Pattern CPU_DIR = Pattern.compile("cpu(\\d+)");

    /** One logical processor: its id, processor package and core. */
    record LogicalCpu(int id, int packageId, int coreId) {}

    private HostInfo() {}

    /** {@code os_type}'s family ({@code unix} or {@code win32}) and name ({@code linux}, {@code darwin}, {@code nt}). */
    static String[] osType() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return new String[] {"win32", "nt"};
        }
        if (name.startsWith("mac")) {
            return new String[] {"unix", "darwin"};
        }
        return new String[] {"unix", name.replaceAll("[^a-z0-9]", "")};
    }

    /** {@code os_version}: the leading major, minor and release numbers of the kernel version. */
    static int[] osVersion() {
        Matcher m = Pattern.compile("^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?").matcher(System.getProperty("os.version", ""));
        int[] version = new int[3];
        if (m.find()) {
            for (int i = 0; i < 3; i++) {
                version[i] = m.group(i + 1) == null ? 0 : Integer.parseInt(m.group(i + 1));
            }
        }
        return version;
    }

    /** Configured logical processors (the {@code cpuN} entries), or -1 when unknown. */
    static int configuredProcessors() {
        if (!Files.isDirectory(CPUS)) {
            return -1;
        }
        try (Stream<Path> entries = Files.list(CPUS)) {
            return (int) entries.filter(e -> CPU_DIR.matcher(e.getFileName().toString()).matches()).count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Online logical processors ({@code /sys/devices/system/cpu/online}), or -1 when unknown. */
    static int onlineProcessors() {
        return countList(read(CPUS.resolve("online")));
    }

    /** Logical processors this process may run on (its affinity mask), or -1 when unknown. */
    static int availableProcessors() {
        String status = read(Path.of("/proc/self/status"));
        if (status == null) {
            return -1;
        }
        for (String line : status.split("\n")) {
            if (line.startsWith("Cpus_allowed_list:")) {
                return countList(line.substring(line.indexOf(':') + 1));
            }
        }
        return -1;
    }

    /** The online logical processors by package and core, or an empty list when unknown. */
    static List<List<List<Integer>>> topology() {
        TreeMap<Integer, TreeMap<Integer, List<Integer>>> packages = new TreeMap<>();
        for (int id : ids(read(CPUS.resolve("online")))) {
            Path topology = CPUS.resolve("cpu" + id).resolve("topology");
            String packageId = read(topology.resolve("physical_package_id"));
            String coreId = read(topology.resolve("core_id"));
            if (packageId == null || coreId == null) {
                return List.of();
            }
            packages.computeIfAbsent(Integer.parseInt(packageId.trim()), k -> new TreeMap<>())
                    .computeIfAbsent(Integer.parseInt(coreId.trim()), k -> new ArrayList<>()).add(id);
        }
        List<List<List<Integer>>> result = new ArrayList<>();
        packages.values().forEach(cores -> result.add(new ArrayList<>(cores.values())));
        return result;
    }

    /** The ids of a Linux cpu list such as {@code 0-3,6}. */
    private static List<Integer> ids(String list) {
        List<Integer> ids = new ArrayList<>();
        if (list == null) {
            return ids;
        }
        for (String part : list.trim().split(",")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] range = part.split("-");
            int from = Integer.parseInt(range[0].trim());
            int to = range.length > 1 ? Integer.parseInt(range[1].trim()) : from;
            for (int i = from; i <= to; i++) {
                ids.add(i);
            }
        }
        return ids;
    }

    private static int countList(String list) {
        if (list == null) {
            return -1;
        }
        try {
            return ids(list).size();
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
