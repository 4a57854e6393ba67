package org.jbeam.bench.bakeoff;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A minimal streaming JSON writer (RFC 8259) for the bake-off's result files: objects,
 * arrays, strings, numbers, booleans and null, with commas placed by a stack of "first
 * element" flags. Non-finite doubles become null, as JSON has no NaN.
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> first = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() {
        open('{');
        return this;
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        open('[');
        return this;
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** The name of the next member of the current object. */
    public JsonWriter name(String name) {
        separate();
        string(name);
        out.append(':');
        afterName = true;
        return this;
    }

    public JsonWriter value(String text) {
        separate();
        if (text == null) {
            out.append("null");
        } else {
            string(text);
        }
        return this;
    }

    public JsonWriter value(long number) {
        separate();
        out.append(number);
        return this;
    }

    public JsonWriter value(double number) {
        separate();
        // Double.toString is the shortest text that reads back as the same double, and valid JSON.
        out.append(Double.isFinite(number) ? Double.toString(number) : "null");
        return this;
    }

    public JsonWriter value(boolean flag) {
        separate();
        out.append(flag);
        return this;
    }

    public JsonWriter nullValue() {
        separate();
        out.append("null");
        return this;
    }

    /** An array of numbers. */
    public JsonWriter values(List<Long> numbers) {
        beginArray();
        numbers.forEach(this::value);
        return endArray();
    }

    /** The document written so far. */
    public String text() {
        return out.toString();
    }

    private void open(char bracket) {
        separate();
        out.append(bracket);
        first.push(true);
    }

    private JsonWriter close(char bracket) {
        first.pop();
        out.append(bracket);
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (!first.isEmpty()) {
            if (!first.pop()) {
                out.append(',');
            }
            first.push(false);
        }
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
