package org.jbeam.vm.ets;

/**
 * Who may use a table ({@code erl_db.c}'s {@code DB_PUBLIC}, {@code DB_PROTECTED},
 * {@code DB_PRIVATE}): public tables everyone reads and writes; protected tables everyone
 * reads and only the owner writes; private tables only the owner uses.
 */
public enum Access {
    PUBLIC("public"),
    PROTECTED("protected"),
    PRIVATE("private");

    private final String atomText;

    Access(String atomText) {
        this.atomText = atomText;
    }

    public String atomText() {
        return atomText;
    }

    /** Whether process {@code pid} may read ({@code write} false) or write a table owned by {@code owner}. */
    public boolean allows(long pid, long owner, boolean write) {
        return switch (this) {
            case PUBLIC -> true;
            case PROTECTED -> !write || pid == owner;
            case PRIVATE -> pid == owner;
        };
    }
}
