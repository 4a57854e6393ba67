package org.jbeam.tier.interpreter;

/**
 * OTP's {@code zlib} module over jbeam's NIFs against the real {@code erl}: each
 * {@code zlibt:t(N)} of {@code src/test/resources/zlib/zlibt.erl} (compress, zip and gzip bytes
 * and round trips, streaming deflate with each flush, chunked inflate, dictionaries, CRCs,
 * errors) must print with {@code ~w} as erl's.
 */
class ZlibOracleTest extends NumberedCasesOracle {
    @Override
    String folder() {
        return "zlib";
    }

    @Override
    String module() {
        return "zlibt";
    }

    @Override
    int cases() {
        return 30;
    }
}
