package org.jbeam.bench.runtime;

/** The JVM flags every runtime micro-benchmark's fork needs (native memory through FFM). */
final class RuntimeBenchmarkSettings {
    static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    private RuntimeBenchmarkSettings() {}
}
