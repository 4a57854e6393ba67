package org.jbeam.vm.regex;

import java.util.Set;

/**
 * PCRE 8.44's {@code \p{Name}} properties as java.util.regex class items: the Unicode general
 * categories (one or two letters, and {@code L&}), {@code Any}, PCRE's special {@code Xan},
 * {@code Xsp}, {@code Xps} and {@code Xwd}, and script names ({@code Greek}, {@code Latin},
 * ...; PCRE spells them with a capital letter, case-sensitively).
 */
final class UnicodeProperties {
    private static final Set<String> CATEGORIES = Set.of("C", "Cc", "Cf", "Cn", "Co", "Cs", "L", "Ll", "Lm", "Lo",
            "Lt", "Lu", "M", "Mc", "Me", "Mn", "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps",
            "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs");

    private UnicodeProperties() {}

    /** The class items (to go inside {@code [...]}) for property {@code name}, or null when PCRE does not know it. */
    static String javaClass(String name) {
        if (CATEGORIES.contains(name)) {
            return "\\p{" + name + "}";
        }
        switch (name) {
            case "L&":
                return "\\p{Lu}\\p{Ll}\\p{Lt}";
            case "Any":
                return "\\x{0}-\\x{10FFFF}";
            case "Xan":
                return "\\p{L}\\p{N}";
            case "Xsp", "Xps":
                return "\\p{Z}\\t\\n\\x{0B}\\f\\r";
            case "Xwd":
                return "\\p{L}\\p{N}_";
            default:
                break;
        }
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || !name.matches("[A-Za-z_]+")) {
            return null;
        }
        try {
            Character.UnicodeScript.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return "\\p{Is" + name + "}";
    }
}
