package org.jbeam.vm.bif;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The C library's floating-point functions ({@code sin}, {@code pow}, {@code erf}, ...) called
 * through the FFM linker, as erts's {@code erl_math.c} calls them.
 *
 * <p>Why not {@link StrictMath}: it is fdlibm, while erl uses the platform's libm (glibc's,
 * nearly always correctly rounded); the two differ in the last bit for a few percent of
 * arguments of {@code sin}, {@code exp}, {@code pow}, {@code atan2}, ... A program printing
 * {@code math:sin(X)} must print erl's digits, so jbeam calls the very same functions. They are
 * pure and short, so the downcalls are critical (no thread-state transition).
 */
final class CLibMath {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBM = lookup();

    private CLibMath() {}

    /** The libm function {@code double name(double)}. */
    static DoubleUnaryOperator unary(String name) {
        MethodHandle handle = LINKER.downcallHandle(symbol(name),
                FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE), Linker.Option.critical(false));
        return x -> {
            try {
                return (double) handle.invokeExact(x);
            } catch (Throwable t) {
                throw new IllegalStateException("libm " + name + " failed", t);
            }
        };
    }

    /** The libm function {@code double name(double, double)}. */
    static DoubleBinaryOperator binary(String name) {
        MethodHandle handle = LINKER.downcallHandle(symbol(name), FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE,
                ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE), Linker.Option.critical(false));
        return (x, y) -> {
            try {
                return (double) handle.invokeExact(x, y);
            } catch (Throwable t) {
                throw new IllegalStateException("libm " + name + " failed", t);
            }
        };
    }

    private static MemorySegment symbol(String name) {
        return LINKER.defaultLookup().find(name).or(() -> LIBM.find(name))
                .orElseThrow(() -> new IllegalStateException("the C math library has no " + name));
    }

    /**
     * The math library beside the linker's default lookup, which on Linux already holds libm; the
     * explicit library is asked only for a symbol the default one lacks.
     */
    private static SymbolLookup lookup() {
        for (String library : new String[] {"libm.so.6", "libm.dylib", "ucrtbase.dll"}) {
            Optional<SymbolLookup> found = tryLibrary(library);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return name -> Optional.empty();
    }

    private static Optional<SymbolLookup> tryLibrary(String library) {
        try {
            return Optional.of(SymbolLookup.libraryLookup(library, Arena.global()));
        } catch (IllegalArgumentException notThere) {
            return Optional.empty();
        }
    }
}
