package io.technic.scanner.data.polygon;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.technic.scanner.json.JsonTree;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Polygon (Massive) REST endpoints the workstation uses, over OkHttp.
 *
 * <p><b>Rate limits.</b> Requests are spaced to at most {@code requestsPerMinute}. A 429 waits for
 * its {@code Retry-After} (seconds) or, without one, backs off; 5xx answers and I/O errors back off
 * exponentially from 1 s (capped at 60 s) with jitter (a random 50-100 % of the step), up to
 * {@code maxAttempts} tries. Other 4xx answers fail at once with Polygon's error text.
 *
 * <p><b>The key</b> goes in an {@code Authorization: Bearer} header, never in the URL; messages and
 * logs name the endpoint path only. Not thread-safe (the rate limiter is per client): one sync or
 * monitor uses one client.
 */
public final class PolygonClient {

    private static final Logger LOG = LoggerFactory.getLogger(PolygonClient.class);
    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** The public API. */
    public static final String DEFAULT_BASE = "https://api.polygon.io";

    /** Waits (injected so tests need not sleep). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /**
     * One trading day of the whole market (grouped daily aggregates), columns aligned by row.
     *
     * @param rejected rows dropped as unusable, each naming ticker and reason
     */
    public record GroupedDay(LocalDate date, boolean adjusted, List<String> symbols, double[] open, double[] high,
                             double[] low, double[] close, double[] volume, List<String> rejected) {
        public int size() {
            return symbols.size();
        }
    }

    /** A ticker's reference data. */
    public record TickerRef(String symbol, String name, String type, String exchange) {}

    /**
     * A ticker's details ({@code /v3/reference/tickers/{ticker}}); a field Polygon left out is null
     * ({@code marketCap}: NaN).
     *
     * @param sicCode        four-digit SIC code, e.g. {@code "3571"}
     * @param sicDescription e.g. {@code "ELECTRONIC COMPUTERS"}
     * @param marketCap      USD
     */
    public record TickerDetails(String symbol, String name, String type, String exchange, String sicCode,
                                String sicDescription, double marketCap) {}

    /**
     * A ticker's state from the full-market snapshot: today's bar so far ({@code close} the last
     * price) and the previous close; {@code updatedNanos} Polygon's timestamp.
     */
    public record Quote(String symbol, double open, double high, double low, double close, double volume,
                        double prevClose, long updatedNanos) {}

    private final HttpUrl base;
    private final PolygonKey key;
    private final OkHttpClient http;
    private final Sleeper sleeper;
    private final LongSupplier nanos;
    private final SplittableRandom jitter;
    private final long spacingNanos;
    private final int maxAttempts;
    private long lastRequest = Long.MIN_VALUE;
    private long requests;
    private long waitedNanos;

    /** A client of the public API. */
    public PolygonClient(PolygonKey key, int requestsPerMinute) {
        this(DEFAULT_BASE, key, requestsPerMinute, 5, d -> Thread.sleep(d), System::nanoTime, new SplittableRandom());
    }

    /**
     * @param baseUrl           e.g. {@value #DEFAULT_BASE} (tests: a mock server)
     * @param requestsPerMinute 1 .. 100,000
     * @param maxAttempts       tries per request, 1 .. 20
     * @throws IllegalArgumentException for a bad URL or a value out of range
     */
    public PolygonClient(String baseUrl, PolygonKey key, int requestsPerMinute, int maxAttempts, Sleeper sleeper,
                         LongSupplier nanos, SplittableRandom jitter) {
        HttpUrl u = HttpUrl.parse(baseUrl);
        if (u == null) {
            throw new IllegalArgumentException("'" + baseUrl + "' is not an http(s) URL");
        }
        if (requestsPerMinute < 1 || requestsPerMinute > 100_000) {
            throw new IllegalArgumentException("requests per minute must be in 1..100000, was " + requestsPerMinute);
        }
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("attempts must be in 1..20, was " + maxAttempts);
        }
        this.base = u;
        this.key = Objects.requireNonNull(key, "key");
        this.http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(60)).build();
        this.sleeper = sleeper;
        this.nanos = nanos;
        this.jitter = jitter;
        this.spacingNanos = 60_000_000_000L / requestsPerMinute;
        this.maxAttempts = maxAttempts;
    }

    /** Requests sent so far (retries included). */
    public long requests() {
        return requests;
    }

    /** Time spent waiting for the rate limit, {@code Retry-After} and backoff. */
    public Duration waited() {
        return Duration.ofNanos(waitedNanos);
    }

    /**
     * The whole market's bars of {@code date}: empty on a weekend or holiday.
     *
     * @throws PolygonException after the retries, for a 4xx, malformed JSON, or an adjusted flag other than asked
     */
    public GroupedDay grouped(LocalDate date, boolean adjusted) {
        String what = "grouped daily " + date;
        HttpUrl url = base.newBuilder().addPathSegments("v2/aggs/grouped/locale/us/market/stocks")
                .addPathSegment(date.toString()).addQueryParameter("adjusted", Boolean.toString(adjusted)).build();
        Map<String, Object> root = object(parse(get(url, what), what), what);
        Object flag = root.get("adjusted");
        if (flag instanceof Boolean b && b != adjusted) {
            throw new PolygonException(what + ": asked for " + (adjusted ? "split-adjusted" : "unadjusted")
                    + " bars, the answer says adjusted=" + b, 200);
        }
        List<String> symbols = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        List<?> results = root.get("results") instanceof List<?> l ? l : List.of();
        int n = results.size();
        double[] o = new double[n];
        double[] h = new double[n];
        double[] lo = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        int k = 0;
        for (Object r : results) {
            if (!(r instanceof Map<?, ?> m) || !(m.get("T") instanceof String t) || t.isBlank()) {
                rejected.add("a result without a ticker (T)");
                continue;
            }
            double op = num(m.get("o"));
            double hi = num(m.get("h"));
            double low = num(m.get("l"));
            double cl = num(m.get("c"));
            double vol = num(m.get("v"));
            if (!(op > 0 && hi > 0 && low > 0 && cl > 0) || !(vol >= 0) || hi < low) {
                rejected.add(t + ": o=" + m.get("o") + " h=" + m.get("h") + " l=" + m.get("l") + " c=" + m.get("c")
                        + " v=" + m.get("v"));
                continue;
            }
            symbols.add(t);
            o[k] = op;
            h[k] = Math.max(hi, Math.max(op, cl));
            lo[k] = Math.min(low, Math.min(op, cl));
            c[k] = cl;
            v[k] = vol;
            k++;
        }
        return new GroupedDay(date, adjusted, List.copyOf(symbols), java.util.Arrays.copyOf(o, k),
                java.util.Arrays.copyOf(h, k), java.util.Arrays.copyOf(lo, k), java.util.Arrays.copyOf(c, k),
                java.util.Arrays.copyOf(v, k), List.copyOf(rejected));
    }

    /**
     * Active US stock tickers with name, type and primary exchange, following {@code next_url} pages.
     *
     * @throws PolygonException as {@link #grouped}
     */
    public List<TickerRef> tickers() {
        List<TickerRef> out = new ArrayList<>();
        HttpUrl url = base.newBuilder().addPathSegments("v3/reference/tickers").addQueryParameter("market", "stocks")
                .addQueryParameter("active", "true").addQueryParameter("limit", "1000").build();
        for (int page = 1; url != null; page++) {
            String what = "reference tickers page " + page;
            Map<String, Object> root = object(parse(get(url, what), what), what);
            if (root.get("results") instanceof List<?> l) {
                for (Object r : l) {
                    if (r instanceof Map<?, ?> m && m.get("ticker") instanceof String t) {
                        out.add(new TickerRef(t, str(m.get("name")), str(m.get("type")), str(m.get("primary_exchange"))));
                    }
                }
            }
            url = null;
            if (root.get("next_url") instanceof String next) {
                HttpUrl n = HttpUrl.parse(next);
                if (n == null) {
                    throw new PolygonException(what + ": next_url is not a URL", 200);
                }
                // follow the cursor on our own host (the key never goes to a host we were not given)
                url = base.newBuilder().encodedPath(n.encodedPath()).encodedQuery(n.encodedQuery())
                        .removeAllQueryParameters("apiKey").build();
            }
        }
        return out;
    }

    /**
     * One ticker's details (name, SIC code and description, market cap), or null when Polygon does
     * not know the ticker (404).
     *
     * @throws PolygonException as {@link #grouped}, or when the answer holds no {@code results} object
     */
    public TickerDetails tickerDetails(String ticker) {
        String what = "ticker details " + ticker;
        HttpUrl url = base.newBuilder().addPathSegments("v3/reference/tickers").addPathSegment(ticker).build();
        String body;
        try {
            body = get(url, what);
        } catch (PolygonException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
        Map<String, Object> root = object(parse(body, what), what);
        if (!(root.get("results") instanceof Map<?, ?> m)) {
            throw new PolygonException(what + ": the answer has no results object", 200);
        }
        Object sic = m.get("sic_code");
        String sicCode = sic instanceof String s ? s.strip() : sic instanceof Double d ? Long.toString(d.longValue()) : null;
        double cap = num(m.get("market_cap"));
        return new TickerDetails(m.get("ticker") instanceof String t ? t : ticker, str(m.get("name")), str(m.get("type")),
                str(m.get("primary_exchange")), sicCode == null || sicCode.isEmpty() ? null : sicCode,
                str(m.get("sic_description")), cap > 0 ? cap : Double.NaN);
    }

    /**
     * The full-market snapshot: every ticker's bar so far today. Tickers without a trade today
     * (the day's open is 0 before the session) are left out.
     *
     * @throws PolygonException as {@link #grouped}
     */
    public List<Quote> snapshot() {
        String what = "full-market snapshot";
        HttpUrl url = base.newBuilder().addPathSegments("v2/snapshot/locale/us/markets/stocks/tickers").build();
        Map<String, Object> root = object(parse(get(url, what), what), what);
        List<Quote> out = new ArrayList<>();
        if (root.get("tickers") instanceof List<?> l) {
            for (Object r : l) {
                if (!(r instanceof Map<?, ?> m) || !(m.get("ticker") instanceof String t)) {
                    continue;
                }
                Map<?, ?> day = m.get("day") instanceof Map<?, ?> d ? d : Map.of();
                Map<?, ?> prev = m.get("prevDay") instanceof Map<?, ?> p ? p : Map.of();
                double o = num(day.get("o"));
                double last = m.get("lastTrade") instanceof Map<?, ?> lt ? num(lt.get("p")) : Double.NaN;
                if (!(last > 0) && m.get("min") instanceof Map<?, ?> mi) {
                    last = num(mi.get("c"));
                }
                if (!(last > 0)) {
                    last = num(day.get("c"));
                }
                if (!(o > 0) || !(last > 0)) {
                    continue;
                }
                double hi = Math.max(num(day.get("h")), Math.max(o, last));
                double lo = Math.min(num(day.get("l")) > 0 ? num(day.get("l")) : o, Math.min(o, last));
                double vol = num(day.get("v"));
                out.add(new Quote(t, o, hi, lo, last, vol >= 0 ? vol : 0, num(prev.get("c")),
                        m.get("updated") instanceof Double u ? u.longValue() : 0));
            }
        }
        return out;
    }

    /** GET with rate limiting and retries; the body of a 2xx answer. */
    private String get(HttpUrl url, String what) {
        String last = "no attempt";
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            pace();
            Request req = new Request.Builder().url(url).header("Authorization", "Bearer " + key.value())
                    .header("Accept", "application/json").build();
            requests++;
            Duration wait;
            try (Response r = http.newCall(req).execute()) {
                String body = r.body().string();
                if (r.isSuccessful()) {
                    return body;
                }
                last = "HTTP " + r.code() + errorText(body);
                if (r.code() == 429) {
                    Duration after = retryAfter(r.header("Retry-After"));
                    wait = after != null ? after : backoff(attempt);
                } else if (r.code() >= 500) {
                    wait = backoff(attempt);
                } else {
                    throw new PolygonException(scrub(what + ": " + last + (r.code() == 401 || r.code() == 403
                            ? " (check the API key and the plan's access)" : "")), r.code());
                }
            } catch (IOException e) {
                last = "I/O error: " + e.getMessage();
                wait = backoff(attempt);
            }
            LOG.warn("polygon {}: {} (attempt {} of {})", what, scrub(last), attempt, maxAttempts);
            if (attempt < maxAttempts) {
                sleep(wait);
            }
        }
        throw new PolygonException(scrub(what + ": gave up after " + maxAttempts + " attempts; last: " + last), 0);
    }

    private void pace() {
        long now = nanos.getAsLong();
        if (lastRequest != Long.MIN_VALUE) {
            long due = lastRequest + spacingNanos;
            if (now < due) {
                sleep(Duration.ofNanos(due - now));
                now = Math.max(nanos.getAsLong(), due);
            }
        }
        lastRequest = now;
    }

    private void sleep(Duration d) {
        waitedNanos += d.toNanos();
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PolygonException("interrupted while waiting for the rate limit", 0, e);
        }
    }

    /** 1 s, 2 s, 4 s ... capped at 60 s, each a random 50-100 % of its step. */
    Duration backoff(int attempt) {
        long step = Math.min(60_000L, 1000L << Math.min(16, attempt - 1));
        return Duration.ofMillis(step / 2 + jitter.nextLong(step / 2 + 1));
    }

    private static Duration retryAfter(String h) {
        if (h == null) {
            return null;
        }
        try {
            long s = Long.parseLong(h.strip());
            return s >= 0 ? Duration.ofSeconds(Math.min(s, 600)) : null;
        } catch (NumberFormatException e) {
            return null;                     // an HTTP date: fall back to our own backoff
        }
    }

    private String scrub(String s) {
        return s.replace(key.value(), "****");
    }

    private static String errorText(String body) {
        try {
            if (parse(body, "error body") instanceof Map<?, ?> m) {
                Object e = m.get("error") != null ? m.get("error") : m.get("message");
                if (e != null) {
                    return ": " + e;
                }
            }
        } catch (PolygonException e) {
            // not JSON: show the start of it
        }
        String t = body.strip();
        return t.isEmpty() ? "" : ": " + (t.length() > 200 ? t.substring(0, 200) + "..." : t);
    }

    private static double num(Object o) {
        return o instanceof Double d ? d : Double.NaN;
    }

    private static String str(Object o) {
        return o instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o, String what) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new PolygonException(what + ": the answer is not a JSON object", 200);
    }

    /** A JSON document as maps, lists, strings, doubles and booleans. */
    static Object parse(String text, String what) {
        try (JsonParser p = JSON.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new PolygonException(what + ": empty answer", 200);
            }
            Object v = JsonTree.value(p, t);
            if (p.nextToken() != null) {
                throw new PolygonException(what + ": trailing content after the JSON document", 200);
            }
            return v;
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new PolygonException(what + ": malformed JSON" + (at == null ? "" : " at " + at.getLineNr() + ":"
                    + at.getColumnNr()) + ": " + e.getOriginalMessage(), 200, e);
        } catch (IOException e) {
            throw new PolygonException(what + ": " + e.getMessage(), 200, e);
        }
    }
}
