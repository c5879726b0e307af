package io.technic.scanner.data.polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.data.store.BarStore;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import io.technic.scanner.watch.ManualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceSyncTest {

    /** Ticker -> (SIC code, description, market cap); a ticker not in here answers 404. */
    static final Map<String, Object[]> COMPANIES = Map.of(
            "AAPL", new Object[] {"3571", "ELECTRONIC COMPUTERS", 2.77e12},
            "JNJ", new Object[] {"2834", "PHARMACEUTICAL PREPARATIONS", 3.9e11},
            "JPM", new Object[] {"6021", "NATIONAL COMMERCIAL BANKS", 5.4e11},
            "XOM", new Object[] {"2911", "PETROLEUM REFINING", 4.3e11},
            "NEE", new Object[] {"4911", "ELECTRIC SERVICES", 1.4e11});

    MockWebServer server;
    final List<String> asked = Collections.synchronizedList(new ArrayList<>());
    /** Per ticker, answers to give before the real one (e.g. 429, 503, malformed). */
    final Map<String, List<MockResponse>> faults = new HashMap<>();
    ManualClock clock = new ManualClock(Instant.parse("2024-03-11T22:00:00Z"));

    @TempDir
    Path dir;

    static String details(String t) {
        Object[] c = COMPANIES.get(t);
        // shaped like the documented /v3/reference/tickers/{ticker} answer (address and branding trimmed)
        return String.format(Locale.ROOT, "{\"request_id\":\"31d59dda80e5\",\"results\":{\"active\":true,\"cik\":\"0000320193\","
                + "\"composite_figi\":\"BBG000B9XRY4\",\"currency_name\":\"usd\",\"list_date\":\"1980-12-12\",\"locale\":\"us\","
                + "\"market\":\"stocks\",\"market_cap\":%.0f,\"name\":\"%s Inc.\",\"primary_exchange\":\"XNYS\",\"round_lot\":100,"
                + "\"share_class_shares_outstanding\":16406400000,\"sic_code\":\"%s\",\"sic_description\":\"%s\",\"ticker\":\"%s\","
                + "\"ticker_root\":\"%s\",\"total_employees\":154000,\"type\":\"CS\",\"weighted_shares_outstanding\":16334371000},"
                + "\"status\":\"OK\"}", (Double) c[2], t, c[0], c[1], t, t);
    }

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String t = r.getUrl().encodedPath().substring("/v3/reference/tickers/".length());
                asked.add(t);
                synchronized (faults) {
                    List<MockResponse> f = faults.get(t);
                    if (f != null && !f.isEmpty()) {
                        return f.removeFirst();
                    }
                }
                if (!COMPANIES.containsKey(t)) {
                    return new MockResponse.Builder().code(404).body("{\"status\":\"NOT_FOUND\",\"request_id\":\"e1\","
                            + "\"message\":\"Ticker not found.\"}").build();
                }
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body(details(t)).build();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    PolygonClient client() {
        return new PolygonMock.FakeTime().client(server.url("/").toString(), 100_000, 3);
    }

    void fault(String ticker, MockResponse... r) {
        faults.put(ticker, new ArrayList<>(List.of(r)));
    }

    @Test
    void detailsGiveSicSectorIndustryAndMarketCapAndMissingFieldsStayUnknown() {
        PolygonClient c = client();
        PolygonClient.TickerDetails aapl = c.tickerDetails("AAPL");
        assertThat(aapl).isEqualTo(new PolygonClient.TickerDetails("AAPL", "AAPL Inc.", "CS", "XNYS", "3571",
                "ELECTRONIC COMPUTERS", 2.77e12));
        SymbolInfo info = new ReferenceCache.Entry("AAPL", aapl, clock.instant()).info();
        assertThat(info.sector()).isEqualTo("Information Technology");
        assertThat(info.industry()).isEqualTo("Electronic Computers");
        assertThat(info.marketCap()).isEqualTo(2.77e12);

        // an ETF: no SIC, no market cap; a SIC code sent as a number
        fault("SPY", new MockResponse.Builder().code(200).body("{\"status\":\"OK\",\"results\":{\"ticker\":\"SPY\","
                + "\"name\":\"SPDR S&P 500 ETF Trust\",\"type\":\"ETF\",\"market\":\"stocks\"}}").build());
        PolygonClient.TickerDetails spy = c.tickerDetails("SPY");
        assertThat(spy.sicCode()).isNull();
        assertThat(spy.marketCap()).isNaN();
        assertThat(new ReferenceCache.Entry("SPY", spy, clock.instant()).info().sector()).isEqualTo(SymbolInfo.UNKNOWN);
        fault("KO", new MockResponse.Builder().code(200).body("{\"status\":\"OK\",\"results\":{\"ticker\":\"KO\","
                + "\"sic_code\":2080,\"market_cap\":2.6e11}}").build());
        assertThat(c.tickerDetails("KO").sicCode()).isEqualTo("2080");
        assertThat(c.tickerDetails("ZZZZ")).as("404: Polygon does not know it").isNull();
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void malformedAndResultlessAnswersAreErrorsNamingTheTicker() {
        fault("AAPL", new MockResponse.Builder().code(200).body("{\"status\":\"OK\",\"results\":{\"ticker\":").build());
        assertThatThrownBy(() -> client().tickerDetails("AAPL")).isInstanceOf(PolygonException.class)
                .hasMessageContaining("ticker details AAPL: malformed JSON");
        fault("JPM", new MockResponse.Builder().code(200).body("{\"status\":\"OK\",\"results\":[]}").build());
        assertThatThrownBy(() -> client().tickerDetails("JPM")).isInstanceOf(PolygonException.class)
                .hasMessageContaining("ticker details JPM: the answer has no results object");
    }

    @Test
    void aRefreshRetries429And5xxThenAMalformedAnswerStopsItAndTheNextRunResumes() throws Exception {
        ReferenceCache cache = ReferenceCache.open(dir);
        ReferenceSync rs = new ReferenceSync(client(), cache, Duration.ofDays(7), clock);
        List<String> symbols = List.of("AAPL", "JNJ", "JPM", "XOM", "NEE", "ZZZZ");
        fault("JNJ", new MockResponse.Builder().code(429).addHeader("Retry-After", "2").body("{\"status\":\"ERROR\"}").build(),
                new MockResponse.Builder().code(503).body("upstream").build());
        String bad = "{\"status\":\"OK\",\"results\":{\"ticker\":\"XOM\",";
        fault("XOM", new MockResponse.Builder().code(200).body(bad).build());
        List<ReferenceSync.Progress> seen = new ArrayList<>();
        ReferenceSync.Result r = rs.refresh(symbols, 100, 1, seen::add);
        assertThat(r.fetched()).isEqualTo(3);
        assertThat(r.failedAt()).isEqualTo("XOM");
        assertThat(r.failure()).contains("malformed JSON");
        assertThat(r.remaining()).isEqualTo(3);
        assertThat(seen).extracting(ReferenceSync.Progress::symbol).containsExactly("AAPL", "JNJ", "JPM");
        assertThat(asked).containsExactly("AAPL", "JNJ", "JNJ", "JNJ", "JPM", "XOM");

        // a new run (new cache object on the same file) asks only for what is left
        asked.clear();
        ReferenceCache reopened = ReferenceCache.open(dir);
        assertThat(reopened.entries()).containsOnlyKeys("AAPL", "JNJ", "JPM");
        ReferenceSync.Result again = new ReferenceSync(client(), reopened, Duration.ofDays(7), clock)
                .refresh(symbols, 100, 10, p -> { });
        assertThat(asked).containsExactly("XOM", "NEE", "ZZZZ");
        assertThat(again.fetched()).isEqualTo(3);
        assertThat(again.unknown()).isEqualTo(1);
        assertThat(again.fresh()).isEqualTo(3);
        assertThat(again.remaining()).isZero();
        assertThat(ReferenceCache.open(dir).get("ZZZZ").details()).as("a 404 is remembered").isNull();
        assertThat(ReferenceCache.open(dir).get("XOM").info().sector()).isEqualTo("Energy");
    }

    @Test
    void staleEntriesAreFetchedAgainOldestFirstWithinTheRequestBudget() throws Exception {
        ReferenceCache cache = ReferenceCache.open(dir);
        List<String> symbols = List.of("AAPL", "JNJ", "JPM", "XOM", "NEE");
        new ReferenceSync(client(), cache, Duration.ofDays(7), clock).refresh(symbols.subList(0, 3), 100, 5, p -> { });
        clock.advance(Duration.ofDays(3));
        new ReferenceSync(client(), cache, Duration.ofDays(7), clock).refresh(List.of("XOM"), 100, 5, p -> { });
        asked.clear();

        clock.advance(Duration.ofDays(5));        // AAPL, JNJ, JPM are 8 days old, XOM 5 days, NEE missing
        ReferenceSync rs = new ReferenceSync(client(), cache, Duration.ofDays(7), clock);
        assertThat(rs.due(symbols)).containsExactly("NEE", "AAPL", "JNJ", "JPM");
        ReferenceSync.Result r = rs.refresh(symbols, 2, 5, p -> { });
        assertThat(asked).containsExactly("NEE", "AAPL");
        assertThat(r.remaining()).isEqualTo(2);
        assertThat(r.fresh()).isEqualTo(1);
        assertThat(rs.due(symbols)).containsExactly("JNJ", "JPM");
        assertThat(new ReferenceSync(client(), cache, Duration.ofDays(7), clock).refresh(symbols, 0, 5, p -> { }).fetched())
                .as("a zero budget asks nothing").isZero();
    }

    @Test
    void cachedDetailsBecomeTheStoresSectorsAndMarketCapsWithoutRewritingBars() throws Exception {
        BarStore store = new BarStore(dir.resolve("bars"));
        List<String> tickers = List.of("AAPL", "JNJ", "JPM", "XOM", "NEE", "ZZZZ");
        BarColumns.Builder b = new BarColumns.Builder(tickers.size() * 3);
        List<SymbolInfo> infos = new ArrayList<>();
        for (String t : tickers) {
            for (int d = 0; d < 3; d++) {
                b.add(19_700 + d, 10 + d, 11 + d, 9 + d, 10.5 + d, 1000);
            }
            b.endSymbol();
            infos.add(SymbolInfo.of(t));
        }
        store.append(new Market("test", "v1", infos, b.build(), null, List.of()));
        Market before = store.load();
        long generation = store.info().generation();

        ReferenceCache cache = ReferenceCache.open(store.directory());
        new ReferenceSync(client(), cache, Duration.ofDays(7), clock).refresh(tickers, 100, 3, p -> { });
        assertThat(ReferenceSync.apply(cache, store)).isEqualTo(5);
        Market after = store.load();
        assertThat(store.info().generation()).isEqualTo(generation + 1);
        assertThat(after.bars().close()).isEqualTo(before.bars().close());
        Map<String, String> sectors = new HashMap<>();
        after.symbols().forEach(s -> sectors.put(s.symbol(), s.sector()));
        assertThat(sectors).containsEntry("AAPL", "Information Technology").containsEntry("JNJ", "Health Care")
                .containsEntry("JPM", "Financials").containsEntry("XOM", "Energy").containsEntry("NEE", "Utilities")
                .containsEntry("ZZZZ", SymbolInfo.UNKNOWN);
        assertThat(after.symbols().get(after.indexOf("JPM")).marketCap()).isEqualTo(5.4e11);
        assertThat(after.symbols().get(after.indexOf("NEE")).industry()).isEqualTo("Electric Services");
        assertThat(ReferenceSync.apply(cache, store)).as("nothing new: no new generation").isZero();
        assertThat(store.info().generation()).isEqualTo(generation + 1);
    }

    @Test
    void whatTheDetailsDoNotKnowKeepsTheStoresEarlierMetadata() throws Exception {
        BarStore store = new BarStore(dir.resolve("bars"));
        BarColumns.Builder b = new BarColumns.Builder(4);
        for (int s = 0; s < 2; s++) {
            b.add(19_700, 10, 11, 9, 10.5, 1000).add(19_701, 10, 11, 9, 10.5, 1000).endSymbol();
        }
        // as imported from a CSV with a constituents file: sectors, no market caps
        store.append(new Market("csv", "v1", List.of(
                new SymbolInfo("JPM", "JPMorgan Chase", "Financials", "Diversified Banks", Double.NaN, null),
                new SymbolInfo("QQQ", "Invesco QQQ", "Funds", "Index Funds", Double.NaN, null)), b.build(), null, List.of()));
        fault("QQQ", new MockResponse.Builder().code(200).body("{\"status\":\"OK\",\"results\":{\"ticker\":\"QQQ\","
                + "\"name\":\"Invesco QQQ Trust, Series 1\",\"type\":\"ETF\"}}").build());
        ReferenceCache cache = ReferenceCache.open(store.directory());
        new ReferenceSync(client(), cache, Duration.ofDays(7), clock).refresh(List.of("JPM", "QQQ"), 100, 5, p -> { });
        assertThat(ReferenceSync.apply(cache, store)).isEqualTo(2);
        Market m = store.load();
        SymbolInfo jpm = m.symbols().get(m.indexOf("JPM"));
        SymbolInfo qqq = m.symbols().get(m.indexOf("QQQ"));
        assertThat(jpm.industry()).isEqualTo("National Commercial Banks");
        assertThat(jpm.marketCap()).isEqualTo(5.4e11);
        assertThat(qqq.name()).isEqualTo("Invesco QQQ Trust, Series 1");
        assertThat(qqq.sector()).as("no SIC: the imported sector stays").isEqualTo("Funds");
        assertThat(qqq.industry()).isEqualTo("Index Funds");
    }

    @Test
    void aDamagedCacheLineIsSkippedWithAWarningAndFetchedAgain() throws Exception {
        ReferenceCache cache = ReferenceCache.open(dir);
        new ReferenceSync(client(), cache, Duration.ofDays(7), clock).refresh(List.of("AAPL", "JNJ"), 100, 5, p -> { });
        Path file = dir.resolve(ReferenceCache.FILE);
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\tok\tJNJ Inc.", "\tmaybe\tJNJ Inc.");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ReferenceCache reread = ReferenceCache.open(dir);
        assertThat(reread.warnings()).singleElement().asString().contains(ReferenceCache.FILE + ":3")
                .contains("status 'maybe'");
        assertThat(reread.entries()).containsOnlyKeys("AAPL");
        asked.clear();
        new ReferenceSync(client(), reread, Duration.ofDays(7), clock).refresh(List.of("AAPL", "JNJ"), 100, 5, p -> { });
        assertThat(asked).containsExactly("JNJ");
    }
}
