package org.jbeam.tier.template.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.jbeam.vm.memory.NativeMemory;
import org.junit.jupiter.api.Test;

/** Executable memory: two views, W^X as the kernel reports it, explicit release, errors with errno. */
class CodeRegionTest {

    @Test
    void aRegionIsWholePagesSeenAtTwoAddresses() {
        try (CodeRegion region = CodeMemory.allocate(100)) {
            assertEquals(CodeMemory.pageSize(), region.size());
            assertNotEquals(region.writableAddress(), region.executableAddress());
            assertEquals(0, region.executableAddress() % CodeMemory.pageSize());
        }
        try (CodeRegion region = CodeMemory.allocate(CodeMemory.pageSize() + 1)) {
            assertEquals(2 * CodeMemory.pageSize(), region.size());
        }
    }

    @Test
    void bytesWrittenThroughTheWritableViewAreReadAtTheExecutableAddress() {
        try (CodeRegion region = CodeMemory.allocate(4096)) {
            byte[] code = {(byte) 0xC3, (byte) 0xCC, 0x48, (byte) 0x89, (byte) 0xC8};
            region.write(10, code);
            for (int i = 0; i < code.length; i++) {
                assertEquals(code[i] & 0xFF, NativeMemory.byteAt(region.executableAddress() + 10 + i));
            }
            assertEquals(0, NativeMemory.byteAt(region.executableAddress() + 9), "fresh memory is zero");
        }
    }

    @Test
    void noViewIsBothWritableAndExecutable() throws IOException {
        try (CodeRegion region = CodeMemory.allocate(4096)) {
            String executable = permissions(region.executableAddress()).orElseThrow();
            String writable = permissions(region.writableAddress()).orElseThrow();
            assertEquals("r-xs", executable, "the executable view");
            assertEquals("rw-s", writable, "the writable view");
        }
    }

    @Test
    void closeUnmapsBothViews() throws IOException {
        CodeRegion region = CodeMemory.allocate(4096);
        long executable = region.executableAddress();
        long writable = region.writableAddress();
        region.close();
        assertTrue(region.isClosed());
        assertFalse(permissions(executable).isPresent(), "executable view still mapped");
        assertFalse(permissions(writable).isPresent(), "writable view still mapped");
        assertThrows(IllegalStateException.class, () -> region.write(0, new byte[1]));
        region.close();
    }

    @Test
    void writesOutsideTheRegionAreRefused() {
        try (CodeRegion region = CodeMemory.allocate(4096)) {
            assertThrows(IndexOutOfBoundsException.class, () -> region.write(region.size() - 1, new byte[2]));
            assertThrows(IndexOutOfBoundsException.class, () -> region.write(-1, new byte[1]));
        }
    }

    @Test
    void theKernelsRefusalIsReportedWithErrno() {
        CodeMemoryException e = assertThrows(CodeMemoryException.class, () -> CodeMemory.allocate(1L << 62));
        assertTrue(e.errno() > 0, e.getMessage());
        assertTrue(e.getMessage().matches(".*failed: errno " + e.errno() + " \\(.+\\)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CodeMemory.allocate(0));
    }

    /** The permissions column of the {@code /proc/self/maps} line that starts at {@code address}. */
    static Optional<String> permissions(long address) throws IOException {
        String start = Long.toHexString(address) + "-";
        return Files.readAllLines(Path.of("/proc/self/maps")).stream()
                .filter(line -> line.startsWith(start))
                .map(line -> line.split("\\s+")[1])
                .findFirst();
    }
}
