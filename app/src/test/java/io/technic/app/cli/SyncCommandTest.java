package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.data.store.BarStore;
import io.technic.scanner.model.Market;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncCommandTest {

    static final String KEY = "pk_cli_test_0123456789abcdef";

    @TempDir
    Path dir;

    static String grouped(String date) {
        StringBuilder sb = new StringBuilder("{\"adjusted\":true,\"queryCount\":3,\"resultsCount\":3,\"status\":\"OK\",\"results\":[");
        List<String> syms = List.of("AAPL", "MSFT", "SPY");
        for (int i = 0; i < syms.size(); i++) {
            double c = 100 + i * 10 + LocalDate.parse(date).getDayOfMonth();
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"T\":\"%s\",\"c\":%.2f,\"h\":%.2f,\"l\":%.2f,\"n\":12,\"o\":%.2f,\"t\":1709931600000,\"v\":%d,\"vw\":%.2f}",
                    syms.get(i), c, c + 1, c - 1, c - 0.5, 1_000_000 + i, c));
        }
        return sb.append("]}").toString();
    }

    @Test
    void syncFillsTheStoreFromPolygonAndResumesAfterAFailure() throws Exception {
        Path keyFile = dir.resolve("polygon.key");
        Files.writeString(keyFile, KEY + "\n");
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
        AtomicBoolean failThursday = new AtomicBoolean(true);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest r) {
                    if (!("Bearer " + KEY).equals(r.getHeaders().get("Authorization"))) {
                        return new MockResponse.Builder().code(401).body("{\"status\":\"ERROR\",\"error\":\"Unknown API Key\"}").build();
                    }
                    String path = r.getUrl().encodedPath();
                    if (path.startsWith("/v3/reference/tickers/")) {
                        String t = path.substring(path.lastIndexOf('/') + 1);
                        String sic = t.equals("AAPL") ? "3571" : "7372";
                        return new MockResponse.Builder().code(200).body("{\"status\":\"OK\",\"results\":{\"ticker\":\"" + t
                                + "\",\"name\":\"" + t + " Corp\",\"type\":\"CS\",\"market_cap\":" + (t.equals("AAPL") ? "2.7E12" : "3.1E12")
                                + ",\"sic_code\":\"" + sic + "\",\"sic_description\":\"SERVICES-PREPACKAGED SOFTWARE\"}}").build();
                    }
                    if (path.equals("/v3/reference/tickers")) {
                        return new MockResponse.Builder().code(200).body("{\"status\":\"OK\",\"results\":[{\"ticker\":\"AAPL\","
                                + "\"name\":\"Apple Inc.\",\"type\":\"CS\",\"primary_exchange\":\"XNAS\"}]}").build();
                    }
                    String date = path.substring(path.lastIndexOf('/') + 1);
                    if (date.equals("2024-03-07") && failThursday.get()) {
                        return new MockResponse.Builder().code(500).body("oops").build();
                    }
                    return new MockResponse.Builder().code(200).body(grouped(date)).build();
                }
            });
            server.start();
            Path store = dir.resolve("bars");
            String[] args = {"sync", "--provider", "polygon", "--store", store.toString(), "--from", "2024-03-04", "--to",
                "2024-03-08", "--rpm", "100000", "--attempts", "2", "--key-file", keyFile.toString(), "--base-url", server.url("/").toString()};
            CliRun first = CliRun.of(args);
            assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
            assertThat(first.err()).contains("5 sessions to fetch (2024-03-04 .. 2024-03-08)")
                    .contains("sync stopped at 2024-03-07").contains("run technic sync again to resume");
            assertThat(new BarStore(store).load().lastDate()).isEqualTo(LocalDate.of(2024, 3, 6));

            failThursday.set(false);
            CliRun second = CliRun.of(args);
            assertThat(second.exitCode()).as(second.err()).isZero();
            assertThat(second.err()).contains("2 sessions to fetch (2024-03-07 .. 2024-03-08)");
            assertThat(second.out()).contains("fetched 2 sessions (0 empty), appended 6 bars").contains("store last date 2024-03-08");
            Market m = new BarStore(store).load();
            assertThat(m.bars().length(m.indexOf("MSFT"))).isEqualTo(5);
            assertThat(m.symbols().get(m.indexOf("AAPL")).name()).as("the details name wins over the list").isEqualTo("AAPL Corp");
            assertThat(m.index().barCount()).isEqualTo(5);
            assertThat(second.out()).contains("reference data: 2 tickers fetched (0 unknown to Polygon), 0 fresh, 0 still to fetch; "
                    + "2 symbols updated in the store, 2 of 2 have a sector");
            assertThat(m.symbols().get(m.indexOf("MSFT")).sector()).isEqualTo("Information Technology");
            assertThat(m.symbols().get(m.indexOf("MSFT")).marketCap()).isEqualTo(3.1e12);
            CliRun third = CliRun.of(args);
            assertThat(third.out()).as("details are cached: nothing asked again")
                    .contains("reference data: 0 tickers fetched (0 unknown to Polygon), 2 fresh");
            assertThat(new BarStore(store).load().symbols().get(m.indexOf("AAPL")).name()).isEqualTo("AAPL Corp");
            for (CliRun r : List.of(first, second, third)) {
                assertThat(r.out() + r.err()).doesNotContain(KEY);
            }
        }
    }

    @Test
    void aKeyFileOthersCanReadIsRefused() throws Exception {
        Path keyFile = dir.resolve("polygon.key");
        Files.writeString(keyFile, KEY);
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun r = CliRun.of("sync", "--store", dir.resolve("bars").toString(), "--key-file", keyFile.toString(),
                "--to", "2024-03-08", "--days", "2");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("can be read by other users").contains("chmod 600").doesNotContain(KEY);
    }
}
