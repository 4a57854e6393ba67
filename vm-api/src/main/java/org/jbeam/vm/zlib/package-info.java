/**
 * The {@code zlib} module's NIFs ({@code erts/emulator/nifs/common/zlib_nif.c}) in Java over
 * {@code java.util.zip}: a stream resource with its input queue, a deflating or inflating
 * codec, gzip framing done here (java.util.zip's raw deflate plus header and trailer), and the
 * stash {@code zlib.erl} keeps its progress in.
 */
package org.jbeam.vm.zlib;
