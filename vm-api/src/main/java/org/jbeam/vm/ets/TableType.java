package org.jbeam.vm.ets;

/** The four kinds of ETS table ({@code erl_db.c}'s {@code DB_SET}, {@code DB_ORDERED_SET}, ...). */
public enum TableType {
    SET("set"),
    ORDERED_SET("ordered_set"),
    BAG("bag"),
    DUPLICATE_BAG("duplicate_bag");

    private final String atomText;

    TableType(String atomText) {
        this.atomText = atomText;
    }

    /** The option atom that selects this type, as {@code ets:info(T, type)} answers it. */
    public String atomText() {
        return atomText;
    }

    /** Whether one key holds at most one object ({@code set} and {@code ordered_set}). */
    public boolean isSetLike() {
        return this == SET || this == ORDERED_SET;
    }
}
