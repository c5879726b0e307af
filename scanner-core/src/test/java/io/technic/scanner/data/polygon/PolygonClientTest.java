package io.technic.scanner.data.polygon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class PolygonClientTest {

    static final LocalDate DAY = LocalDate.of(2024, 3, 8);
    MockWebServer server;
    PolygonMock.FakeTime time;
    ListAppender<ILoggingEvent> logs;

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        time = new PolygonMock.FakeTime();
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        server.close();
        assertThat(logs.list).as("the key is never logged")
                .noneMatch(e -> e.getFormattedMessage().contains(PolygonMock.KEY));
    }

    PolygonClient client(int rpm, int attempts) {
        return time.client(server.url("/").toString(), rpm, attempts);
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void groupedDailyReadsTheWholeMarketAndSendsTheKeyOnlyInAHeader() throws Exception {
        server.enqueue(json(200, PolygonMock.grouped(DAY, true, List.of("AAPL", "MSFT", "SPY"))));
        PolygonClient.GroupedDay g = client(5, 3).grouped(DAY, true);
        assertThat(g.symbols()).containsExactly("AAPL", "MSFT", "SPY");
        assertThat(g.close()[1]).isEqualTo(PolygonMock.close("MSFT", DAY));
        assertThat(g.volume()[2]).isEqualTo(102_000);
        assertThat(g.rejected()).isEmpty();
        RecordedRequest r = server.takeRequest();
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v2/aggs/grouped/locale/us/market/stocks/2024-03-08");
        assertThat(r.getUrl().queryParameter("adjusted")).isEqualTo("true");
        assertThat(r.getUrl().toString()).doesNotContain(PolygonMock.KEY);
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + PolygonMock.KEY);
    }

    @Test
    void aHolidayIsAnEmptyDayAndBadRowsAreDroppedByName() {
        server.enqueue(json(200, PolygonMock.grouped(LocalDate.of(2024, 3, 29), true, List.of())));
        assertThat(client(5, 3).grouped(LocalDate.of(2024, 3, 29), true).size()).isZero();
        server.enqueue(json(200, "{\"adjusted\":true,\"resultsCount\":3,\"status\":\"OK\",\"results\":["
                + "{\"T\":\"GOOD\",\"o\":10,\"h\":11,\"l\":9,\"c\":10.5,\"v\":1000},"
                + "{\"T\":\"ZERO\",\"o\":0,\"h\":11,\"l\":9,\"c\":10.5,\"v\":1000},"
                + "{\"o\":10,\"h\":11,\"l\":9,\"c\":10.5,\"v\":1000}]}"));
        PolygonClient.GroupedDay g = client(5, 3).grouped(DAY, true);
        assertThat(g.symbols()).containsExactly("GOOD");
        assertThat(g.rejected()).containsExactly("ZERO: o=0.0 h=11.0 l=9.0 c=10.5 v=1000.0", "a result without a ticker (T)");
    }

    @Test
    void theAdjustedFlagIsPassedOnAndAMismatchIsRefused() throws Exception {
        server.enqueue(json(200, PolygonMock.grouped(DAY, false, List.of("AAPL"))));
        assertThat(client(5, 3).grouped(DAY, false).adjusted()).isFalse();
        assertThat(server.takeRequest().getUrl().queryParameter("adjusted")).isEqualTo("false");
        server.enqueue(json(200, PolygonMock.grouped(DAY, false, List.of("AAPL"))));
        assertThatThrownBy(() -> client(5, 3).grouped(DAY, true)).isInstanceOf(PolygonException.class)
                .hasMessage("grouped daily 2024-03-08: asked for split-adjusted bars, the answer says adjusted=false");
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterThenSucceeds() {
        server.enqueue(json(429, PolygonMock.error("ERROR", "You've exceeded the maximum requests per minute"))
                .newBuilder().addHeader("Retry-After", "7").build());
        server.enqueue(json(200, PolygonMock.grouped(DAY, true, List.of("AAPL"))));
        PolygonClient c = client(100_000, 3);
        assertThat(c.grouped(DAY, true).symbols()).containsExactly("AAPL");
        assertThat(time.sleeps).contains(Duration.ofSeconds(7));
        assertThat(c.requests()).isEqualTo(2);
        assertThat(logs.list).anyMatch(e -> e.getFormattedMessage().contains("HTTP 429: You've exceeded"));
    }

    @Test
    void serverErrorsBackOffWithJitterAndGiveUpNamingTheEndpoint() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(502, "<html>bad gateway</html>"));
        }
        PolygonClient c = client(100_000, 4);
        assertThatThrownBy(() -> c.grouped(DAY, true)).isInstanceOf(PolygonException.class)
                .hasMessage("grouped daily 2024-03-08: gave up after 4 attempts; last: HTTP 502: <html>bad gateway</html>")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PolygonMock.KEY));
        List<Duration> backoff = time.sleeps.stream().filter(d -> d.toMillis() >= 500).toList();
        assertThat(backoff).hasSize(3);
        assertThat(backoff.get(0).toMillis()).isBetween(500L, 1000L);
        assertThat(backoff.get(1).toMillis()).isBetween(1000L, 2000L);
        assertThat(backoff.get(2).toMillis()).isBetween(2000L, 4000L);
        assertThat(c.backoff(30).toMillis()).isBetween(30_000L, 60_000L);
    }

    @Test
    void requestsAreSpacedToTheRateLimit() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(200, PolygonMock.grouped(DAY, true, List.of("AAPL"))));
        }
        PolygonClient c = client(5, 3);
        for (int i = 0; i < 3; i++) {
            c.grouped(DAY, true);
        }
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(12), Duration.ofSeconds(12));
        assertThat(c.waited()).isEqualTo(Duration.ofSeconds(24));
    }

    @Test
    void malformedJsonAndClientErrorsFailAtOnceWithoutTheKey() {
        server.enqueue(json(200, "{\"adjusted\":true,\"results\":[{\"T\":\"AAPL\",\"c\":1"));
        assertThatThrownBy(() -> client(100_000, 3).grouped(DAY, true)).isInstanceOf(PolygonException.class)
                .hasMessageStartingWith("grouped daily 2024-03-08: malformed JSON at 1:");
        server.enqueue(json(403, "{\"status\":\"NOT_AUTHORIZED\",\"request_id\":\"x\",\"message\":\"You are not entitled to this data. key "
                + PolygonMock.KEY + "\"}"));
        assertThatThrownBy(() -> client(100_000, 3).grouped(DAY, true)).isInstanceOf(PolygonException.class)
                .hasMessageContaining("HTTP 403: You are not entitled to this data. key ****")
                .hasMessageContaining("check the API key")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PolygonMock.KEY));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(new PolygonKey(PolygonMock.KEY).toString()).doesNotContain(PolygonMock.KEY);
    }

    @Test
    void tickersFollowTheCursorOnOurOwnHost() throws Exception {
        server.enqueue(json(200, "{\"results\":[{\"ticker\":\"A\",\"name\":\"Agilent Technologies Inc.\",\"market\":\"stocks\","
                + "\"locale\":\"us\",\"primary_exchange\":\"XNYS\",\"type\":\"CS\",\"active\":true}],\"status\":\"OK\","
                + "\"request_id\":\"r1\",\"count\":1,\"next_url\":\"https://api.polygon.io/v3/reference/tickers?cursor=YWN0aXZl\"}"));
        server.enqueue(json(200, "{\"results\":[{\"ticker\":\"AA\",\"name\":\"Alcoa Corporation\",\"type\":\"CS\","
                + "\"primary_exchange\":\"XNYS\"}],\"status\":\"OK\",\"request_id\":\"r2\",\"count\":1}"));
        List<PolygonClient.TickerRef> t = client(100_000, 3).tickers();
        assertThat(t).containsExactly(new PolygonClient.TickerRef("A", "Agilent Technologies Inc.", "CS", "XNYS"),
                new PolygonClient.TickerRef("AA", "Alcoa Corporation", "CS", "XNYS"));
        server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(second.getUrl().queryParameter("cursor")).isEqualTo("YWN0aXZl");
        assertThat(second.getUrl().host()).isEqualTo(server.getHostName());
    }

    @Test
    void theSnapshotGivesTodaysBarSoFar() {
        server.enqueue(json(200, "{\"status\":\"OK\",\"count\":2,\"tickers\":[{\"ticker\":\"AAPL\",\"todaysChange\":1.2,"
                + "\"todaysChangePerc\":0.7,\"updated\":1710165600000000000,\"day\":{\"o\":170.0,\"h\":173.5,\"l\":169.1,"
                + "\"c\":172.9,\"v\":41000000,\"vw\":171.8},\"lastTrade\":{\"p\":173.1,\"s\":100,\"t\":1710165600000000000},"
                + "\"min\":{\"o\":173,\"h\":173.2,\"l\":172.9,\"c\":173.05,\"v\":12000},\"prevDay\":{\"o\":168,\"h\":171,"
                + "\"l\":167.5,\"c\":171.7,\"v\":52000000}},{\"ticker\":\"QUIET\",\"day\":{\"o\":0,\"h\":0,\"l\":0,\"c\":0,\"v\":0},"
                + "\"prevDay\":{\"c\":5.0}}]}"));
        List<PolygonClient.Quote> q = client(100_000, 3).snapshot();
        assertThat(q).containsExactly(new PolygonClient.Quote("AAPL", 170.0, 173.5, 169.1, 173.1, 41_000_000, 171.7,
                1710165600000000000L));
    }

    @Test
    void theKeyComesFromTheEnvironmentOrAPrivateFile() throws Exception {
        Path f = dir.resolve("polygon.key");
        assertThat(PolygonKey.find(Map.of(), f)).isEmpty();
        assertThat(PolygonKey.find(Map.of("POLYGON_API_KEY", "env-key"), f).orElseThrow().value()).isEqualTo("env-key");
        PolygonKey.save(PolygonMock.KEY, f);
        assertThat(Files.getPosixFilePermissions(f)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(PolygonKey.find(Map.of(), f).orElseThrow().value()).isEqualTo(PolygonMock.KEY);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> PolygonKey.find(Map.of(), f)).hasMessageContaining("can be read by other users")
                .hasMessageContaining("chmod 600").satisfies(e -> assertThat(e.getMessage()).doesNotContain(PolygonMock.KEY));
    }
}
