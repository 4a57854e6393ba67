package org.jbeam.config.settings;

/**
 * {@code jbeam.trace-jit}: the tracing JIT's settings.
 *
 * @param hotThreshold   runs of a loop head or function entry before it is recorded (>= 1)
 * @param maxTraceLength BEAM instructions one trace may hold before recording aborts (>= 1)
 */
public record TraceJitSettings(int hotThreshold, int maxTraceLength) {
    public TraceJitSettings {
        if (hotThreshold < 1 || maxTraceLength < 1) {
            throw new IllegalArgumentException("trace-jit counts must be at least 1");
        }
    }
}
