package org.jbeam.tier.template.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.TreeSet;

import org.jbeam.vm.memory.NativeMemory;
import org.junit.jupiter.api.Test;

class EntryContextTest {

    @Test
    void everyFieldIsItsOwnWordAtItsLayoutOffset() {
        try (EntryContext context = new EntryContext()) {
            context.setXRegisters(1);
            context.setHeapTop(2);
            context.setHeapLimit(3);
            context.setStackPointer(4);
            context.setReductions(5);
            context.setProcess(6);
            for (int i = 0; i < ContextLayout.ARGUMENT_COUNT; i++) {
                context.setArgument(i, 10 + i);
            }
            long base = context.address();
            assertEquals(1, NativeMemory.word(base + ContextLayout.X_REGISTERS));
            assertEquals(2, NativeMemory.word(base + ContextLayout.HEAP_TOP));
            assertEquals(3, NativeMemory.word(base + ContextLayout.HEAP_LIMIT));
            assertEquals(4, NativeMemory.word(base + ContextLayout.STACK_POINTER));
            assertEquals(5, NativeMemory.word(base + ContextLayout.REDUCTIONS));
            assertEquals(6, NativeMemory.word(base + ContextLayout.PROCESS));
            assertEquals(0, context.exitAddress());
            assertEquals(0, context.resumeAddress());
            for (int i = 0; i < ContextLayout.ARGUMENT_COUNT; i++) {
                assertEquals(10 + i, NativeMemory.word(base + ContextLayout.argument(i)));
                assertEquals(10 + i, context.argument(i));
            }
        }
    }

    @Test
    void theOffsetsAreDistinctWordsInsideTheBlock() {
        int[] offsets = {ContextLayout.X_REGISTERS, ContextLayout.HEAP_TOP, ContextLayout.HEAP_LIMIT,
                ContextLayout.STACK_POINTER, ContextLayout.REDUCTIONS, ContextLayout.PROCESS,
                ContextLayout.EXIT_ADDRESS, ContextLayout.RESUME_ADDRESS, ContextLayout.argument(0),
                ContextLayout.argument(1), ContextLayout.argument(2), ContextLayout.argument(3)};
        Set<Integer> seen = new TreeSet<>();
        for (int offset : offsets) {
            assertEquals(0, offset % 8);
            assertEquals(true, offset + 8 <= ContextLayout.SIZE);
            assertEquals(true, seen.add(offset), "offset " + offset + " used twice");
        }
        assertThrows(IndexOutOfBoundsException.class, () -> ContextLayout.argument(ContextLayout.ARGUMENT_COUNT));
    }
}
