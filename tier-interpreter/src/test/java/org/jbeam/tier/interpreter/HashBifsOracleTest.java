package org.jbeam.tier.interpreter;

/**
 * The checksum BIFs ({@code crc32}, {@code adler32}, {@code md5}) and the old hash {@code phash/2} (with {@code sets} and {@code dict} built on it) on the interpreter against the real {@code erl}: each {@code bhash:t(N)} of
 * {@code src/test/resources/morebifs/bhash.erl} is one behaviour, and its {@code ~w} text (errors
 * caught in the program) must be erl's.
 */
class HashBifsOracleTest extends NumberedCasesOracle {
    @Override
    String folder() {
        return "morebifs";
    }

    @Override
    String module() {
        return "bhash";
    }

    @Override
    int cases() {
        return 31;
    }
}
