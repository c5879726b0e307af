package io.technic.scanner.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookSinkTest {

    static final byte[] SECRET = "0123456789abcdef-secret".getBytes(StandardCharsets.UTF_8);
    MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    WebhookSink sink() {
        return new WebhookSink(server.url("/hook").toString(), SECRET, new OkHttpClient(),
                Clock.fixed(Instant.parse("2026-11-19T15:00:00Z"), ZoneOffset.UTC), Duration.ofMillis(1));
    }

    @Test
    void anAlertIsPostedAsJsonWithAVerifiableSignature() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());
        Alert a = AlertHistoryTest.alert(4);
        assertThat(sink().deliver(a)).isTrue();
        RecordedRequest r = server.takeRequest();
        String body = r.getBody().utf8();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(body).isEqualTo(a.json());
        assertThat(Alert.parseJson(body)).isEqualTo(a);
        String ts = Long.toString(Instant.parse("2026-11-19T15:00:00Z").getEpochSecond());
        assertThat(r.getHeaders().get(WebhookSink.TIMESTAMP)).isEqualTo(ts);
        String sig = r.getHeaders().get(WebhookSink.SIGNATURE);
        assertThat(WebhookSink.verify(SECRET, ts, body, sig)).isTrue();
        assertThat(WebhookSink.verify(SECRET, ts + "1", body, sig)).as("a replayed timestamp fails").isFalse();
        assertThat(WebhookSink.verify("another-secret-of-16b".getBytes(StandardCharsets.UTF_8), ts, body, sig))
                .isFalse();
        assertThat(WebhookSink.verify(SECRET, ts, body.replace("SYM4", "SYM5"), sig)).isFalse();
    }

    @Test
    void serverErrorsAreRetriedAndClientErrorsAreNot() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().code(500).build());
        server.enqueue(new MockResponse.Builder().code(200).build());
        assertThat(sink().deliver(AlertHistoryTest.alert(1))).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(3);

        server.enqueue(new MockResponse.Builder().code(400).build());
        assertThat(sink().deliver(AlertHistoryTest.alert(2))).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(4);
    }
}
