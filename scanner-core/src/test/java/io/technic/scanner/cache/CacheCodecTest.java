package io.technic.scanner.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.api.Scanner;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CacheCodecTest {

    private static ScanResult result;

    @BeforeAll
    static void scan() {
        try (Scanner s = CacheFixtures.scanner(CacheFixtures.market(150), ScanCache.none(), null)) {
            result = s.run(ScanRequest.of("sim").withThreads(2));
        }
    }

    @Test
    void scanResultRoundTripsBitForBit() {
        assertThat(result.rows()).isNotEmpty();
        assertThat(result.skipped()).isNotEmpty();
        byte[] bytes = CacheCodec.encodeResult(result);
        ScanResult back = CacheCodec.decodeResult(bytes, result.request());
        CacheFixtures.assertSameResult(result, back);
        assertThat(back.schema()).isEqualTo(result.schema());
        assertThat(back.metrics().stageMillis()).isEqualTo(result.metrics().stageMillis());
    }

    @Test
    void rowKeepsNanNegativeZeroAndInfinityExactly() {
        double[] row = {1.5, Double.NaN, -0.0, Double.POSITIVE_INFINITY, Double.longBitsToDouble(0x7ff8000000000123L)};
        double[] back = CacheCodec.decodeRow(CacheCodec.encodeRow(row), row.length);
        for (int i = 0; i < row.length; i++) {
            assertThat(Double.doubleToRawLongBits(back[i])).isEqualTo(Double.doubleToRawLongBits(row[i]));
        }
    }

    @Test
    void everyFlippedByteIsDetected() {
        byte[] good = CacheCodec.encodeRow(new double[] {1, 2, 3});
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= 0x20;
            assertThatThrownBy(() -> CacheCodec.decodeRow(bad, 3)).as("byte " + i)
                    .isInstanceOf(CorruptEntryException.class);
        }
    }

    @Test
    void truncatedOrForeignBytesAreCorruptNotCrashes() {
        byte[] good = CacheCodec.encodeResult(result);
        assertThatThrownBy(() -> CacheCodec.decodeResult(Arrays.copyOf(good, good.length / 2), result.request()))
                .isInstanceOf(CorruptEntryException.class).hasMessageContaining("length");
        byte[] javaSerialized = {(byte) 0xAC, (byte) 0xED, 0, 5, 0x73, 0x72, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> CacheCodec.decodeResult(javaSerialized, result.request()))
                .isInstanceOf(CorruptEntryException.class).hasMessageContaining("magic");
        assertThatThrownBy(() -> CacheCodec.decodeRow(new byte[3], 1)).isInstanceOf(CorruptEntryException.class);
        assertThatThrownBy(() -> CacheCodec.decodeRow(CacheCodec.encodeRow(new double[] {1, 2}), 3))
                .isInstanceOf(CorruptEntryException.class).hasMessageContaining("expected 3");
        // a row frame is not a result frame
        assertThatThrownBy(() -> CacheCodec.decodeResult(CacheCodec.encodeRow(new double[] {1}), result.request()))
                .isInstanceOf(CorruptEntryException.class).hasMessageContaining("kind");
    }

    @Test
    void otherSchemaVersionIsRejected() {
        byte[] b = CacheCodec.encodeRow(new double[] {1});
        b[5] = 9; // version short, low byte
        assertThatThrownBy(() -> CacheCodec.decodeRow(b, 1)).isInstanceOf(CorruptEntryException.class)
                .hasMessageContaining("schema version");
    }

    @Test
    void resultIsCompact() {
        byte[] bytes = CacheCodec.encodeResult(result);
        int cols = result.schema().size();
        // raw features alone are rows × cols × 8; names are written once, not per row
        assertThat(bytes.length).isLessThan(result.rows().size() * (cols * 8 + 600) + 20_000);
    }
}
