package io.technic.scanner.data.csv;

import io.technic.scanner.model.BarColumns;
import java.util.List;

/** A 64-bit hash of loaded content (symbols, every bar, the index) for {@code Market.dataVersion}. */
final class ContentHash {

    private static final long M1 = 0x9E3779B97F4A7C15L;
    private static final long M2 = 0xC2B2AE3D27D4EB4FL;

    private ContentHash() {}

    static String of(List<String> symbols, BarColumns bars, BarColumns index) {
        long h = M1;
        for (String s : symbols) {
            h = mix(h, s.hashCode());
        }
        h = columns(h, bars);
        if (index != null) {
            h = columns(mix(h, 1), index);
        }
        return String.format("%016x", h);
    }

    private static long columns(long h, BarColumns b) {
        for (int s = 0; s <= b.symbolCount(); s++) {
            h = mix(h, s == 0 ? 0 : b.end(s - 1));
        }
        int[] d = b.day();
        double[] o = b.open();
        double[] hi = b.high();
        double[] lo = b.low();
        double[] c = b.close();
        double[] v = b.volume();
        for (int i = 0; i < b.barCount(); i++) {
            h = mix(h, d[i]);
            h = mix(h, Double.doubleToLongBits(o[i]));
            h = mix(h, Double.doubleToLongBits(hi[i]));
            h = mix(h, Double.doubleToLongBits(lo[i]));
            h = mix(h, Double.doubleToLongBits(c[i]));
            h = mix(h, Double.doubleToLongBits(v[i]));
        }
        return h;
    }

    private static long mix(long h, long x) {
        return Long.rotateLeft(h ^ (x * M2), 29) * M1;
    }
}
