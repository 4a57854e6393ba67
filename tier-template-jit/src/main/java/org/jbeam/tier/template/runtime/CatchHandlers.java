package org.jbeam.tier.template.runtime;

import java.util.Arrays;

/**
 * The template JIT's catch handlers, numbered tier-wide as its catch tags name them
 * ({@link org.jbeam.vm.tier.CatchTags}): each number's native handler address, set once its
 * module is compiled. Numbers are handed out while decoding, addresses filled in after assembly;
 * a scheduler unwinding to a handler reads them while another thread may be compiling, hence
 * the lock (taken only when an exception is caught).
 */
public final class CatchHandlers {
    private long[] addresses = new long[64];
    private int count;

    /** A fresh handler number. */
    public synchronized int next() {
        if (count == addresses.length) {
            addresses = Arrays.copyOf(addresses, count * 2);
        }
        return count++;
    }

    public synchronized void setAddress(int number, long address) {
        addresses[number] = address;
    }

    /** The native address of handler {@code number}. */
    public synchronized long address(long number) {
        if (number < 0 || number >= count || addresses[(int) number] == 0) {
            throw new IllegalStateException("template-jit has no handler " + number);
        }
        return addresses[(int) number];
    }
}
