package org.jbeam.vm.regex;

import java.util.List;
import java.util.SortedMap;

/**
 * A PCRE pattern translated into a java.util.regex pattern: the Java text, PCRE's number of
 * capturing groups, and its named groups (name to group numbers, sorted by name as PCRE's name
 * table is). PCRE group {@code n} is Java group {@code n + javaShift}: the translation may open
 * helper groups of its own before the pattern's. The groups in {@code neverSet} (inside negative
 * lookarounds) are unset in every PCRE result.
 */
record Translation(String javaRegex, int groupCount, SortedMap<String, List<Integer>> names, int javaShift,
        int[] neverSet) {}
