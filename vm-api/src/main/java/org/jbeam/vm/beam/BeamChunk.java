package org.jbeam.vm.beam;

/**
 * Where one IFF chunk of a {@code .beam} file lies: its four-character id and the offset and
 * size of its data (the 8-byte chunk header and the padding to 4 bytes excluded).
 */
public record BeamChunk(String id, int offset, int size) {}
