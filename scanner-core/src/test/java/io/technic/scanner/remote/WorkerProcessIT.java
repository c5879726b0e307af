package io.technic.scanner.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.technic.scanner.api.BarSources;
import io.technic.scanner.api.ScanHandle;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.cache.CacheFixtures;
import io.technic.scanner.cache.RedisServer;
import io.technic.scanner.cache.ScanCache;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real worker processes (child JVMs running {@link Worker#main}); one is killed with kill -9 mid-scan. */
class WorkerProcessIT {

    private static final String SOURCE = "sim:seed=42,symbols=400,bars=400";
    private final List<Process> workers = new ArrayList<>();

    private Process startWorker(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("worker-" + port + "-", ".log");
        ProcessBuilder pb = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                Worker.class.getName(), "--port", Integer.toString(port), "--host", "127.0.0.1")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("TECHNIC_KEY_ID", RemoteFixtures.KEY.id());
        pb.environment().put("TECHNIC_KEY_SECRET", "0123456789abcdef-secret");
        pb.environment().put("OMP_WAIT_POLICY", "passive");
        Process p = pb.start();
        workers.add(p);
        return p;
    }

    private static void awaitHealthy(int port) throws Exception {
        HttpClient c = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("worker on port " + port + " never became healthy");
    }

    @AfterEach
    void stopWorkers() throws InterruptedException {
        for (Process p : workers) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void threeWorkersOneKilledMidScanCompleteWithEverySymbolOnce() throws Exception {
        Market market = BarSources.parse(SOURCE).load();
        ScanRequest request = ScanRequest.of(SOURCE).withThreads(2);
        ScanResult local;
        try (Scanner s = CacheFixtures.scanner(market, ScanCache.none(), null)) {
            local = s.run(request);
        }
        int[] ports = {RedisServer.freePort(), RedisServer.freePort(), RedisServer.freePort()};
        List<Process> procs = new ArrayList<>();
        for (int p : ports) {
            procs.add(startWorker(p));
        }
        List<URI> urls = new ArrayList<>();
        for (int p : ports) {
            awaitHealthy(p);
            urls.add(URI.create("http://127.0.0.1:" + p));
        }
        RemoteSettings settings = RemoteSettings.of(urls, ExecutionPolicy.REMOTE, RemoteFixtures.KEY).withShardSize(20)
                .withTimings(Duration.ofSeconds(20), Duration.ofSeconds(15), Duration.ofMillis(50), 3);
        try (RemoteExecutor rx = new RemoteExecutor(settings);
             Scanner s = CacheFixtures.scanner(market, ScanCache.none(), rx)) {
            ScanHandle h = s.submit(request, market, null);
            // kill one worker as soon as shards are flowing
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (h.progress().stage() != io.technic.scanner.model.Stage.REMOTE && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Process victim = procs.get(1);
            new ProcessBuilder("kill", "-9", Long.toString(victim.pid())).inheritIO().start().waitFor();
            ScanResult r = h.result().get(120, TimeUnit.SECONDS);
            assertThat(victim.isAlive()).isFalse();
            CacheFixtures.assertSameResult(local, r);
            Set<String> seen = new HashSet<>();
            r.rows().forEach(x -> assertThat(seen.add(x.symbol())).isTrue());
            r.filtered().forEach(x -> assertThat(seen.add(x.symbol())).isTrue());
            r.skipped().forEach(x -> assertThat(seen.add(x.symbol())).isTrue());
            assertThat(seen).hasSize(r.accounting().universe()).hasSize(400);
            assertThat(r.metrics().sources().shards()).isEqualTo(20);
            assertThat(r.metrics().sources().remoteShards()).isPositive();
            assertThat(r.metrics().sources().retries()).as("shards sent to the killed worker went elsewhere").isPositive();
        }
    }
}
