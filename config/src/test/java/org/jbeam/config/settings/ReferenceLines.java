package org.jbeam.config.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Line numbers of keys in the shipped reference.conf, so tests never hard-code them. */
public final class ReferenceLines {
    private ReferenceLines() {}

    /** The 1-based line where {@code key = ...} is defined (the first such line). */
    public static int of(String key) {
        try (InputStream in = ReferenceLines.class.getClassLoader().getResourceAsStream("reference.conf")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith(key + " = ")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("reference.conf does not define " + key);
    }
}
