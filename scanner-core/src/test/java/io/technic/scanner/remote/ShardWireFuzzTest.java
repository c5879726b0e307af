package io.technic.scanner.remote;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any request body — JSON, gzip, a decompression bomb, Java serialization — decodes to a valid
 * shard request or is refused with a {@link WireException} carrying 400 or 413: nothing else
 * escapes, and nothing decompresses past the limits. Committed inputs replay in every test run.
 */
class ShardWireFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void requestBodiesDecodeOrAreRefusedWithAStatus(FuzzedDataProvider data) {
        byte[] body = data.consumeRemainingAsBytes();
        try {
            ShardRequest r = ShardWire.decodeRequest(body);
            if (r.symbols().isEmpty() || r.symbols().size() > ShardWire.MAX_SYMBOLS) {
                throw new AssertionError("accepted a request with " + r.symbols().size() + " symbols");
            }
        } catch (WireException e) {
            if (e.status() != 400 && e.status() != 413) {
                throw new AssertionError("refused with status " + e.status() + ": " + e.getMessage(), e);
            }
        }
    }
}
