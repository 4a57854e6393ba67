package org.jbeam.config.settings;

import com.typesafe.config.ConfigOrigin;

/**
 * Says where a configuration value came from, from Typesafe Config's {@link ConfigOrigin}: a
 * bundled resource as {@code reference.conf:LINE}, the user's file as {@code NAME:LINE} (the
 * name as the user gave it), a flag by its own description (the flag layer names every value
 * it makes, e.g. {@code flag -S 4}).
 */
public final class Origins {
    /** A source and its line (0 when it has none). */
    public record Where(String source, int line) {
        @Override
        public String toString() {
            return line > 0 ? source + ":" + line : source;
        }
    }

    private Origins() {}

    public static Where of(ConfigOrigin origin) {
        int line = Math.max(origin.lineNumber(), 0);
        if (origin.resource() != null) {
            return new Where(origin.resource(), line);
        }
        if (origin.filename() != null) {
            return new Where(origin.filename(), line);
        }
        // A file parsed under a display name: Typesafe appends ": LINE" to the description.
        String description = origin.description();
        String lineSuffix = ": " + line;
        if (line > 0 && description.endsWith(lineSuffix)) {
            description = description.substring(0, description.length() - lineSuffix.length());
        }
        return new Where(description, line);
    }
}
