package org.jbeam.vm.scheduler;

/**
 * A process's scheduling priority ({@code process_flag(priority, P)}, OTP's
 * {@code PRIORITY_MAX..PRIORITY_LOW}): a runnable {@code max} process runs before any
 * {@code high} one, a {@code high} one before any {@code normal} or {@code low} one; {@code normal}
 * and {@code low} share a queue in which a {@code low} process is passed over until it has been
 * reached {@link #LOW_TURNS} times, so it runs less often but is never starved.
 */
enum Priority {
    MAX, HIGH, NORMAL, LOW;

    /** OTP's {@code RESCHEDULE_LOW}: how often a low process is reached for each time it runs. */
    static final int LOW_TURNS = 8;

    /** The priority an atom name stands for ({@code low}, {@code normal}, {@code high}, {@code max}). */
    static Priority named(String name) {
        return switch (name) {
            case "max" -> MAX;
            case "high" -> HIGH;
            case "low" -> LOW;
            case "normal" -> NORMAL;
            default -> throw new IllegalArgumentException("no priority named " + name);
        };
    }
}
