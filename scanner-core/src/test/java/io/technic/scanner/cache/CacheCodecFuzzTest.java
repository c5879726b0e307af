package io.technic.scanner.cache;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.technic.scanner.model.ScanRequest;

/**
 * Any bytes read from a cache tier decode to a result or a row, or are a
 * {@link CorruptEntryException} (which the cache counts as a miss): nothing else escapes.
 * Committed inputs replay in every test run.
 */
class CacheCodecFuzzTest {

    private static final ScanRequest REQUEST = ScanRequest.of("sim");

    @FuzzTest(maxDuration = "60s")
    void cacheEntriesDecodeOrAreCorrupt(FuzzedDataProvider data) {
        int cols = data.consumeInt(0, 200);
        boolean row = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            if (row) {
                double[] v = CacheCodec.decodeRow(bytes, cols);
                if (v.length != cols) {
                    throw new AssertionError(v.length + " values for " + cols + " columns");
                }
            } else {
                CacheCodec.decodeResult(bytes, REQUEST);
            }
        } catch (CorruptEntryException expected) {
            // a miss
        }
    }
}
