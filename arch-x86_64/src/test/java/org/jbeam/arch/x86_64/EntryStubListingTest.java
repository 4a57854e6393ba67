package org.jbeam.arch.x86_64;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jbeam.arch.x86_64.asm.Assembler;
import org.jbeam.arch.x86_64.asm.Golden;
import org.jbeam.arch.x86_64.asm.Label;
import org.junit.jupiter.api.Test;

/** The entry/exit stub as objdump reads it, and the protection of the memory it is put in (nothing runs here). */
class EntryStubListingTest {

    @Test
    void theStubSavesLoadsJumpsAndTheExitStoresRestoresReturns() {
        Assembler a = new Assembler();
        Label exit = a.newLabel();
        EntryStub.emit(a, exit);
        assertEquals(0x40, a.offsetOf(exit), "the exit sequence starts 16-byte aligned");
        Golden.assertListing(a, List.of(
                "push rbx",
                "push rbp",
                "push r12",
                "push r13",
                "push r14",
                "push r15",
                "sub rsp,0x8",
                "mov rbp,rdi",
                "lea rax,[rip+0x28] # 0x40",
                "mov QWORD PTR [rbp+0x30],rax",
                "mov rbx,QWORD PTR [rbp+0x0]",
                "mov r15,QWORD PTR [rbp+0x8]",
                "mov r12,QWORD PTR [rbp+0x18]",
                "mov r14,QWORD PTR [rbp+0x20]",
                "mov r13,QWORD PTR [rbp+0x28]",
                "jmp rsi",
                "nop WORD PTR [rax+rax*1+0x0]",
                "nop DWORD PTR [rax+rax*1+0x0]",
                "mov QWORD PTR [rbp+0x8],r15",
                "mov QWORD PTR [rbp+0x18],r12",
                "mov QWORD PTR [rbp+0x20],r14",
                "add rsp,0x8",
                "pop r15",
                "pop r14",
                "pop r13",
                "pop r12",
                "pop rbp",
                "pop rbx",
                "ret"));
    }

    @Test
    void theStubsCodeIsExecutableAndNotWritable() throws IOException {
        try (EntryStub stub = EntryStub.generate()) {
            String start = Long.toHexString(stub.region().executableAddress()) + "-";
            String permissions = Files.readAllLines(Path.of("/proc/self/maps")).stream()
                    .filter(line -> line.startsWith(start))
                    .map(line -> line.split("\\s+")[1])
                    .findFirst().orElseThrow();
            assertEquals("r-xs", permissions);
            assertEquals(stub.region().executableAddress() + 0x40, stub.exitAddress());
        }
    }
}
