package io.technic.scanner.data.polygon;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.data.store.BarStore;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolygonSyncTest {

    static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "NVDA", "SPY");
    MockWebServer server;
    final List<LocalDate> asked = Collections.synchronizedList(new ArrayList<>());
    final Set<LocalDate> failing = ConcurrentHashMap.newKeySet();
    final Set<LocalDate> closed = ConcurrentHashMap.newKeySet();

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                String path = r.getUrl().encodedPath();
                LocalDate d = LocalDate.parse(path.substring(path.lastIndexOf('/') + 1));
                asked.add(d);
                if (failing.contains(d)) {
                    return new MockResponse.Builder().code(503).body("{\"status\":\"ERROR\"}").build();
                }
                List<String> syms = closed.contains(d) ? List.of()
                        : d.isAfter(LocalDate.of(2024, 3, 6)) ? SYMBOLS : SYMBOLS.subList(1, 4);   // AAPL lists later
                return new MockResponse.Builder().code(200).body(PolygonMock.grouped(d, true, syms)).build();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    PolygonSync sync(BarStore store) {
        PolygonClient c = new PolygonMock.FakeTime().client(server.url("/").toString(), 100_000, 2);
        return new PolygonSync(c, store, true, Map.of("AAPL", new SymbolInfo("AAPL", "Apple Inc.", null, null, Double.NaN, null)));
    }

    @Test
    void oneRequestPerMissingSessionIntoTheStoreAndTheNextSyncOnlyAsksForNewDays() throws Exception {
        BarStore store = new BarStore(dir.resolve("bars"));
        List<PolygonSync.Progress> progress = new ArrayList<>();
        PolygonSync.Result r = sync(store).sync(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 12), 3, progress::add);
        // Mar 1 .. Mar 12: weekdays only, no request for Mar 2/3/9/10
        List<LocalDate> sessions = List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5),
                LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 11),
                LocalDate.of(2024, 3, 12));
        assertThat(asked).isEqualTo(sessions);
        assertThat(r.failure()).isNull();
        assertThat(r.days()).isEqualTo(8);
        assertThat(progress).extracting(PolygonSync.Progress::done).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(progress.getLast().total()).isEqualTo(8);
        Market m = store.load();
        assertThat(m.symbols()).extracting(s -> s.symbol()).containsExactlyInAnyOrder("AAPL", "MSFT", "NVDA");
        assertThat(m.symbols().get(m.indexOf("AAPL")).name()).isEqualTo("Apple Inc.");
        assertThat(m.bars().length(m.indexOf("AAPL"))).isEqualTo(4);                 // listed from Mar 7
        assertThat(m.bars().length(m.indexOf("MSFT"))).isEqualTo(8);
        assertThat(m.index().barCount()).isEqualTo(8);
        int last = m.bars().end(m.indexOf("MSFT")) - 1;
        assertThat(m.bars().close()[last]).isEqualTo(PolygonMock.close("MSFT", LocalDate.of(2024, 3, 12)));
        assertThat(m.lastDate()).isEqualTo(LocalDate.of(2024, 3, 12));

        asked.clear();
        PolygonSync.Result again = sync(store).sync(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 14), 3, p -> { });
        assertThat(asked).containsExactly(LocalDate.of(2024, 3, 13), LocalDate.of(2024, 3, 14));
        assertThat(again.newBars()).as("2 days of 3 symbols and the index").isEqualTo(2 * 4);
    }

    @Test
    void aSyncWithNamesOnlyKeepsTheSectorAndMarketCapTheStoreAlreadyHas() throws Exception {
        BarStore store = new BarStore(dir.resolve("bars"));
        sync(store).sync(LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 8), 5, p -> { });
        store.updateSymbols(Map.of("AAPL", new SymbolInfo("AAPL", "Apple Inc.", "Information Technology",
                "Electronic Computers", 2.7e12, null)));
        sync(store).sync(LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 12), 5, p -> { });   // AAPL: a name only
        Market m = store.load();
        SymbolInfo aapl = m.symbols().get(m.indexOf("AAPL"));
        assertThat(m.lastDate()).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(aapl.sector()).isEqualTo("Information Technology");
        assertThat(aapl.industry()).isEqualTo("Electronic Computers");
        assertThat(aapl.marketCap()).isEqualTo(2.7e12);
    }

    @Test
    void holidaysCostNoRequestAndAnUnexpectedEmptyDayIsSkipped() throws Exception {
        BarStore store = new BarStore(dir.resolve("bars"));
        closed.add(LocalDate.of(2024, 3, 27));                       // e.g. a national day of mourning
        PolygonSync.Result r = sync(store).sync(LocalDate.of(2024, 3, 26), LocalDate.of(2024, 4, 2), 10, p -> { });
        assertThat(asked).doesNotContain(LocalDate.of(2024, 3, 29));  // Good Friday
        assertThat(asked).hasSize(5);
        assertThat(r.emptyDays()).containsExactly(LocalDate.of(2024, 3, 27));
        Market m = store.load();
        assertThat(m.bars().length(m.indexOf("MSFT"))).isEqualTo(4);
    }

    @Test
    void aFailedDayKeepsWhatCameBeforeAndTheNextSyncResumesThere() throws Exception {
        BarStore store = new BarStore(dir.resolve("bars"));
        failing.add(LocalDate.of(2024, 3, 7));
        PolygonSync.Result r = sync(store).sync(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 12), 100, p -> { });
        assertThat(r.failedAt()).isEqualTo(LocalDate.of(2024, 3, 7));
        assertThat(r.failure()).contains("grouped daily 2024-03-07: gave up after 2 attempts; last: HTTP 503");
        assertThat(r.lastDate()).isEqualTo(LocalDate.of(2024, 3, 6));
        assertThat(store.load().lastDate()).isEqualTo(LocalDate.of(2024, 3, 6));

        failing.clear();
        asked.clear();
        PolygonSync.Result resumed = sync(store).sync(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 12), 100, p -> { });
        assertThat(asked).containsExactly(LocalDate.of(2024, 3, 7), LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 11),
                LocalDate.of(2024, 3, 12));
        assertThat(resumed.failure()).isNull();
        Market m = store.load();
        assertThat(m.bars().length(m.indexOf("MSFT"))).isEqualTo(8);
    }

    @Test
    void theLiveSourcePutsTodaysSnapshotBarAfterTheStoredHistory() throws Exception {
        BarStore store = new BarStore(dir.resolve("bars"));
        sync(store).sync(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8), 10, p -> { });
        MockWebServer snap = new MockWebServer();
        snap.enqueue(new MockResponse.Builder().code(200).body("{\"status\":\"OK\",\"tickers\":[{\"ticker\":\"MSFT\","
                + "\"updated\":1710165600000000000,\"day\":{\"o\":400,\"h\":405,\"l\":398,\"c\":404,\"v\":1000},"
                + "\"lastTrade\":{\"p\":404.5}},{\"ticker\":\"SPY\",\"updated\":1710165600000000000,"
                + "\"day\":{\"o\":510,\"h\":512,\"l\":509,\"c\":511,\"v\":5000}}]}").build());
        snap.start();
        try {
            PolygonClient c = new PolygonMock.FakeTime().client(snap.url("/").toString(), 100_000, 1);
            Market live = new PolygonLiveSource(c, store).snapshot(java.time.Instant.parse("2024-03-11T14:00:00Z"));
            int msft = live.indexOf("MSFT");
            assertThat(live.bars().length(msft)).isEqualTo(6);
            int at = live.bars().end(msft) - 1;
            assertThat(live.bars().date(at)).isEqualTo(LocalDate.of(2024, 3, 11));
            assertThat(live.bars().close()[at]).isEqualTo(404.5);
            assertThat(live.bars().length(live.indexOf("NVDA"))).isEqualTo(5);
            assertThat(live.index().barCount()).isEqualTo(6);
            assertThat(live.index().close()[5]).isEqualTo(511);
            assertThat(live.index().date(5)).isEqualTo(LocalDate.of(2024, 3, 11));
        } finally {
            snap.close();
        }
    }
}
