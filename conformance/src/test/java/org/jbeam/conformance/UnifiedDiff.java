package org.jbeam.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff in the unified style ({@code diff -u}): a header naming both sides, then hunks of
 * {@code " "} context, {@code "-"} expected and {@code "+"} actual lines, from a longest common
 * subsequence of the lines. Outputs of corpus programs are small, so the quadratic table is fine.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** Above this many LCS cells (a runaway output), only the first differing line is shown. */
    private static final long MAX_TABLE = 4_000_000;

    private UnifiedDiff() {}

    /** The diff from {@code expected} (named {@code expectedName}) to {@code actual}. */
    static String of(String expectedName, String expected, String actualName, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        if ((long) (a.size() + 1) * (b.size() + 1) > MAX_TABLE) {
            return firstDifference(expectedName, a, actualName, b);
        }
        List<String> edits = edits(a, b);
        StringBuilder text = new StringBuilder("--- " + expectedName + "\n+++ " + actualName + "\n");
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < edits.size(); k++) {
            if (!edits.get(k).startsWith(" ")) {
                changes.add(k);
            }
        }
        int c = 0;
        while (c < changes.size()) {
            int last = c;
            while (last + 1 < changes.size() && changes.get(last + 1) - changes.get(last) <= 2 * CONTEXT) {
                last++;
            }
            int start = Math.max(0, changes.get(c) - CONTEXT);
            int end = Math.min(edits.size(), changes.get(last) + CONTEXT + 1);
            text.append("@@ line ").append(lineOf(edits, start)).append(" @@\n");
            edits.subList(start, end).forEach(line -> text.append(line).append('\n'));
            c = last + 1;
        }
        if (!expected.endsWith("\n") && !expected.isEmpty() || !actual.endsWith("\n") && !actual.isEmpty()) {
            text.append("(expected ").append(expected.endsWith("\n") ? "ends" : "does not end")
                    .append(" with a newline; actual ").append(actual.endsWith("\n") ? "ends" : "does not end")
                    .append(" with one)\n");
        }
        return text.toString();
    }

    /** For outputs too long to diff: the first line where they part, with a little context. */
    private static String firstDifference(String expectedName, List<String> a, String actualName, List<String> b) {
        int i = 0;
        while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
            i++;
        }
        StringBuilder text = new StringBuilder("--- " + expectedName + " (" + a.size() + " lines)\n+++ "
                + actualName + " (" + b.size() + " lines)\n@@ line " + (i + 1) + " (outputs too long to diff) @@\n");
        a.subList(Math.max(0, i - CONTEXT), i).forEach(line -> text.append(' ').append(line).append('\n'));
        a.subList(i, Math.min(a.size(), i + CONTEXT)).forEach(line -> text.append('-').append(line).append('\n'));
        b.subList(i, Math.min(b.size(), i + CONTEXT)).forEach(line -> text.append('+').append(line).append('\n'));
        return text.toString();
    }

    /** The expected side's line number (1-based) of edit {@code index}. */
    private static int lineOf(List<String> edits, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (!edits.get(i).startsWith("+")) {
                line++;
            }
        }
        return line;
    }

    /** Every line of both sides, prefixed with " ", "-" or "+", in order. */
    private static List<String> edits(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                edits.add("-" + a.get(i++));
            } else {
                edits.add("+" + b.get(j++));
            }
        }
        return edits;
    }
}
