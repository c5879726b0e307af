package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.api.BarSources;
import io.technic.scanner.watch.Alert;
import io.technic.scanner.watch.AlertHistory;
import io.technic.scanner.watch.WebhookSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {

    static final String SOURCE = "sim:seed=3,symbols=150,bars=300";
    static final Pattern LINE = Pattern.compile(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:00Z [a-z0-9_-]+ (condition|new-entrant) [A-Z0-9.^:-]+ \\d+\\.\\d{2,4} (\\d+|-) .+");

    @TempDir
    Path dir;

    static List<String> symbols(int n) {
        return BarSources.parse(SOURCE).load().symbols().stream().map(s -> s.symbol()).limit(n).toList();
    }

    String[] watch(String... more) {
        List<String> args = new ArrayList<>(List.of("watch", "--dir", dir.toString(), "--source", SOURCE, "--profile",
                "aggressive", "--min-price", "0", "--min-dollar-volume", "0", "--live-days", "1", "--sim-step", "30m",
                "--interval", "0"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void savedListsAndRulesRunAndPrintStableLinesThatGoToTheHistory() throws Exception {
        List<String> syms = symbols(60);
        List<String> create = new ArrayList<>(List.of("watchlist", "create", "core", "--dir", dir.toString()));
        create.addAll(syms);
        assertThat(CliRun.of(create.toArray(String[]::new)).exitCode()).isZero();
        CliRun add = CliRun.of("alert", "add", "--dir", dir.toString(), "--list", "core", "--when", "close > open");
        assertThat(add.out()).isEqualTo("added rule core-1\n");
        assertThat(CliRun.of("alert", "add", "--dir", dir.toString(), "--scan", "movers", "--where", "close > open",
                "--rank-by", "close / open desc", "--top", "5", "--cooldown", "1h").exitCode()).isZero();
        assertThat(CliRun.of("alert", "--dir", dir.toString()).out()).contains("core-1", "movers-1", "cooldown 1h");

        CliRun r = CliRun.of(watch("--ticks", "13"));
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSizeGreaterThan(5).allMatch(l -> LINE.matcher(l).matches());
        assertThat(lines).anyMatch(l -> l.contains(" core-1 condition ")).anyMatch(l -> l.contains(" movers-1 new-entrant "));
        assertThat(r.err()).containsPattern("13 evaluations \\(median \\d+ ms, max \\d+ ms: snapshot, scan, rules\\), "
                + lines.size() + " alerts");
        List<Alert> history = AlertHistory.in(dir).read(1000);
        assertThat(history.stream().map(Alert::line).toList()).isEqualTo(lines);
        assertThat(CliRun.of("alert", "history", "--dir", dir.toString(), "--last", "3").out().lines().toList())
                .isEqualTo(lines.subList(lines.size() - 3, lines.size()));

        CliRun again = CliRun.of(watch("--ticks", "13", "--format", "json", "--no-history"));
        assertThat(again.exitCode()).as(again.err()).isZero();
        List<String> json = again.out().lines().toList();
        assertThat(json).hasSameSizeAs(lines);
        for (int i = 0; i < json.size(); i++) {
            assertThat(Alert.parseJson(json.get(i)).line()).as("same alerts on a second run").isEqualTo(lines.get(i));
        }
        assertThat(AlertHistory.in(dir).read(1000)).hasSameSizeAs(lines);
    }

    @Test
    void alertsArePostedToTheWebhookSigned() throws Exception {
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "s3cret-s3cret-s3cret\n");
        try (MockWebServer server = new MockWebServer()) {
            for (int i = 0; i < 200; i++) {
                server.enqueue(new MockResponse.Builder().code(200).build());
            }
            server.start();
            CliRun r = CliRun.of(watch("--ticks", "8", "--watch", String.join(",", symbols(40)), "--when", "close > open",
                    "--webhook", server.url("/alerts").toString(), "--webhook-secret-file", secret.toString()));
            assertThat(r.exitCode()).as(r.err()).isZero();
            List<String> lines = r.out().lines().toList();
            assertThat(lines).isNotEmpty();
            assertThat(r.err()).contains(lines.size() + " delivered to the webhook");
            assertThat(server.getRequestCount()).isEqualTo(lines.size());
            for (String line : lines) {
                RecordedRequest req = server.takeRequest();
                String body = req.getBody().utf8();
                assertThat(Alert.parseJson(body).line()).isEqualTo(line);
                assertThat(WebhookSink.verify("s3cret-s3cret-s3cret".getBytes(StandardCharsets.UTF_8),
                        req.getHeaders().get(WebhookSink.TIMESTAMP), body, req.getHeaders().get(WebhookSink.SIGNATURE)))
                        .isTrue();
            }
            assertThat(AlertHistory.in(dir).read(10)).as("ad hoc rules leave no history").isEmpty();
        }
    }

    @Test
    void badUsageNamesTheProblem() {
        CliRun none = CliRun.of(watch("--ticks", "1"));
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no alert rules to run").contains("technic alert add");

        CliRun csv = CliRun.of("watch", "--dir", dir.toString(), "--source", "csv:/x.csv", "--watch", "A", "--when", "close > 1");
        assertThat(csv.exitCode()).isEqualTo(2);
        assertThat(csv.err()).contains("source 'csv:/x.csv' does not move during the session");

        CliRun bad = CliRun.of(watch("--ticks", "1", "--watch", "AAA", "--when", "rsi(14) < 30 and smaa(5) > 1"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("rule ad-hoc condition: unknown function 'smaa' at 1:18");

        CliRun dup = CliRun.of("watchlist", "create", "x", "not a ticker", "--dir", dir.toString());
        assertThat(dup.exitCode()).isEqualTo(2);
        assertThat(dup.err()).contains("'not a ticker' is not a ticker");
    }

    @Test
    void watchlistsImportExportAndRenameFromTheCommandLine() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "symbol,name\nmsft,Microsoft\nAAPL,Apple\n");
        String d = dir.toString();
        assertThat(CliRun.of("watchlist", "import", "tech", in.toString(), "--dir", d).out()).contains("tech: 2 symbols");
        assertThat(CliRun.of("watchlist", "add", "tech", "nvda", "MSFT", "--dir", d).out()).contains("tech: 3 symbols");
        assertThat(CliRun.of("watchlist", "rename", "tech", "Tech leaders", "--dir", d).exitCode()).isZero();
        assertThat(CliRun.of("watchlist", "remove", "tech leaders", "AAPL", "--dir", d).out()).contains("2 symbols");
        Path out = dir.resolve("out.csv");
        assertThat(CliRun.of("watchlist", "export", "Tech leaders", out.toString(), "--dir", d).exitCode()).isZero();
        assertThat(Files.readString(out)).isEqualTo("symbol\nMSFT\nNVDA\n");
        assertThat(CliRun.of("watchlist", "--dir", d).out()).contains("Tech leaders").contains("MSFT NVDA");
    }
}
