package org.jbeam.tier.template.ops;

/** Instructions that only raise (OTP's {@code badmatch}, {@code case_end}, {@code if_end}, {@code badrecord}). */
public final class ErrorOps {
    private ErrorOps() {}

    /** Raises {@code error:{Kind, Value}} ({@code if_end}: the atom alone; its value is unused). */
    public record Raise(ErrorKind kind, Source value) implements Op {}
}
