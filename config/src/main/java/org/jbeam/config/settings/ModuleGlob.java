package org.jbeam.config.settings;

/**
 * A module-name pattern of {@code jbeam.modules}: {@code *} matches any run of characters
 * (also none), {@code ?} exactly one; every other character matches itself. Characters are
 * Unicode code points, as atom names are.
 */
public record ModuleGlob(String pattern) {
    /** Whether the pattern has a wildcard; one that has none names a single module. */
    public boolean isExact() {
        return pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0;
    }

    /**
     * Whether {@code module} matches the whole pattern. Greedy with backtracking to the last
     * {@code *} only, which is enough because a later {@code *} can absorb whatever an earlier
     * one would have: linear in practice, at worst pattern length times name length.
     */
    public boolean matches(String module) {
        int[] p = pattern.codePoints().toArray();
        int[] s = module.codePoints().toArray();
        int pi = 0;
        int si = 0;
        int starAt = -1;
        int resumeAt = 0;
        while (si < s.length) {
            if (pi < p.length && (p[pi] == '?' || (p[pi] != '*' && p[pi] == s[si]))) {
                pi++;
                si++;
            } else if (pi < p.length && p[pi] == '*') {
                starAt = pi++;
                resumeAt = si;
            } else if (starAt >= 0) {
                pi = starAt + 1;
                si = ++resumeAt;
            } else {
                return false;
            }
        }
        while (pi < p.length && p[pi] == '*') {
            pi++;
        }
        return pi == p.length;
    }

    /** The pattern's length in code points, the measure "the longest pattern wins" uses. */
    public int length() {
        return pattern.codePointCount(0, pattern.length());
    }
}
