package io.technic.scanner.data.polygon;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Helpers for the Polygon tests: answers shaped like the documented API and a client that never really sleeps. */
final class PolygonMock {

    static final String KEY = "pk_TEST_abcdef0123456789";

    /** Recorded waits of a client (no real sleeping) on a fake clock that the waits advance. */
    static final class FakeTime {
        final List<Duration> sleeps = new ArrayList<>();
        long now = 1_000_000_000L;

        PolygonClient client(String base, int rpm, int attempts) {
            return new PolygonClient(base, new PolygonKey(KEY), rpm, attempts, d -> {
                sleeps.add(d);
                now += d.toNanos();
            }, () -> now, new SplittableRandom(5));
        }
    }

    private PolygonMock() {}

    /** A grouped-daily answer for {@code date} with tickers {@code symbols}, prices from their index and the day. */
    static String grouped(LocalDate date, boolean adjusted, List<String> symbols) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\"adjusted\":").append(adjusted).append(",\"queryCount\":").append(symbols.size())
                .append(",\"request_id\":\"6a7e466379af0a71039d60cc78e72282\",\"resultsCount\":").append(symbols.size())
                .append(",\"status\":\"OK\"");
        if (!symbols.isEmpty()) {
            sb.append(",\"results\":[");
            long t = date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli() + 21 * 3_600_000L;
            for (int i = 0; i < symbols.size(); i++) {
                double c = close(symbols.get(i), date);
                sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                        "{\"T\":\"%s\",\"c\":%.2f,\"h\":%.2f,\"l\":%.2f,\"n\":%d,\"o\":%.2f,\"t\":%d,\"v\":%d,\"vw\":%.4f}",
                        symbols.get(i), c, c * 1.02, c * 0.97, 1000 + i, c * 0.99, t, 100_000 + 1000L * i, c * 1.001));
            }
            sb.append("]");
        }
        return sb.append("}").toString();
    }

    /** The close the mock gives {@code symbol} on {@code date} (two decimals). */
    static double close(String symbol, LocalDate date) {
        return Math.rint((10 + Math.abs(symbol.hashCode() % 90) + (date.toEpochDay() % 17) * 0.37) * 100) / 100;
    }

    static String error(String status, String text) {
        return "{\"status\":\"" + status + "\",\"request_id\":\"d1d3b0a5e5e7f0ab\",\"error\":\"" + text + "\"}";
    }
}
