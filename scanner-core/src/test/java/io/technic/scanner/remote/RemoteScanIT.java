package io.technic.scanner.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.technic.scanner.api.ScanHandle;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.cache.CacheFixtures;
import io.technic.scanner.cache.RedisServer;
import io.technic.scanner.cache.ScanCache;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.Stage;
import io.technic.scanner.remote.RemoteFixtures.Fault;
import io.technic.scanner.remote.RemoteFixtures.TestWorker;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shard client against workers on loopback: exactness, and every fault ending in a complete result. */
class RemoteScanIT {

    private static Market market;
    private static ScanResult local;
    private static final ScanRequest REQUEST = ScanRequest.of("sim").withThreads(2);

    @BeforeAll
    static void reference() {
        market = CacheFixtures.market(150);
        try (Scanner s = CacheFixtures.scanner(market, ScanCache.none(), null)) {
            local = s.run(REQUEST);
        }
    }

    private static ScanResult remote(RemoteSettings settings) {
        try (RemoteExecutor rx = new RemoteExecutor(settings);
             Scanner s = CacheFixtures.scanner(market, ScanCache.none(), rx)) {
            return s.run(REQUEST);
        }
    }

    @Test
    void remoteScanEqualsLocalBitForBit() throws Exception {
        try (TestWorker a = new TestWorker(market, Fault.NONE); TestWorker b = new TestWorker(market, Fault.NONE)) {
            ScanResult r = remote(RemoteFixtures.settings(ExecutionPolicy.REMOTE, List.of(a.url(), b.url())));
            CacheFixtures.assertSameResult(local, r);
            assertThat(r.metrics().source()).isEqualTo("remote");
            assertThat(r.metrics().sources().shards()).isEqualTo(4);
            assertThat(r.metrics().sources().remoteShards()).isEqualTo(4);
            assertThat(r.metrics().stageMillis()).containsKey("REMOTE");
            assertThat(a.requests.get()).isPositive();
            assertThat(b.requests.get()).isPositive();
        }
    }

    @Test
    void allRemoteCallsFailingGivesTheLocalResult() {
        URI nothing = URI.create("http://127.0.0.1:" + RedisServer.freePort());
        ScanResult r = remote(RemoteFixtures.settings(ExecutionPolicy.REMOTE, List.of(nothing)));
        CacheFixtures.assertSameResult(local, r);
        assertThat(r.metrics().source()).isEqualTo("local");
        assertThat(r.metrics().sources().localShards()).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"ERROR_500", "DISCONNECT", "STALL_HEADERS", "THROTTLED_BODY",
        "EXTRA_SYMBOL", "MISSING_SYMBOL", "DUPLICATE_SYMBOL", "TOO_LARGE", "GARBAGE"})
    void faultyWorkerIsRoutedAroundAndEverySymbolCountsOnce(Fault fault) throws Exception {
        try (TestWorker bad = new TestWorker(market, fault); TestWorker good = new TestWorker(market, Fault.NONE)) {
            ScanResult r = remote(RemoteFixtures.settings(ExecutionPolicy.REMOTE, List.of(bad.url(), good.url())));
            CacheFixtures.assertSameResult(local, r);
            assertThat(bad.requests.get()).as("the faulty worker was tried").isPositive();
            assertThat(r.metrics().sources().remoteShards() + r.metrics().sources().localShards())
                    .isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void workerDroppingMidBodyIsRetriedElsewhereAndTheResultIsBitIdentical() throws Exception {
        try (MidBodyDropWorker bad = new MidBodyDropWorker(market); TestWorker good = new TestWorker(market, Fault.NONE)) {
            ScanResult r = remote(RemoteFixtures.settings(ExecutionPolicy.REMOTE, List.of(bad.url(), good.url())));
            CacheFixtures.assertSameResult(local, r);
            assertThat(bad.halfBodiesSent.get()).as("replies cut after headers and half a body").isPositive();
            assertThat(r.metrics().sources().retries()).isGreaterThanOrEqualTo(bad.halfBodiesSent.get());
            assertThat(r.metrics().sources().remoteShards()).isEqualTo(4);
            assertThat(r.metrics().source()).isEqualTo("remote");
        }
    }

    @Test
    void onlyWorkerDroppingMidBodyEveryTimeEndsInTheLocalResult() throws Exception {
        try (MidBodyDropWorker bad = new MidBodyDropWorker(market)) {
            ScanResult r = remote(RemoteFixtures.settings(ExecutionPolicy.REMOTE, List.of(bad.url())));
            CacheFixtures.assertSameResult(local, r);
            // tried until its circuit breaker opened; every shard then ran here
            assertThat(bad.halfBodiesSent.get()).isPositive();
            assertThat(r.metrics().sources().localShards()).isEqualTo(4);
            assertThat(r.metrics().source()).isEqualTo("local");
        }
    }

    @Test
    void throttledShardWaitsRetryAfterAndSucceedsRemotely() throws Exception {
        try (TestWorker w = new TestWorker(market, Fault.THROTTLE_ONCE);
             RemoteExecutor rx = new RemoteExecutor(RemoteFixtures.settings(ExecutionPolicy.REMOTE, List.of(w.url()))
                     .withShardSize(200));
             Scanner s = CacheFixtures.scanner(market, ScanCache.none(), rx)) {
            java.util.Queue<io.technic.scanner.model.ScanProgress> seen = new java.util.concurrent.ConcurrentLinkedQueue<>();
            ScanResult r = s.submit(REQUEST, seen::add).result().get(60, TimeUnit.SECONDS);
            CacheFixtures.assertSameResult(local, r);
            assertThat(r.metrics().sources().retries()).isEqualTo(1);
            assertThat(seen).as("progress reports the retry while the scan runs")
                    .anySatisfy(p -> assertThat(p.stage()).isEqualTo(Stage.REMOTE))
                    .anySatisfy(p -> assertThat(p.retries()).isEqualTo(1));
            assertThat(r.metrics().source()).isEqualTo("remote");
        }
    }

    @Test
    void slowShardIsHedgedAndMergedOnce() throws Exception {
        try (TestWorker slow = new TestWorker(market, Fault.SLOW); TestWorker slow2 = new TestWorker(market, Fault.SLOW)) {
            RemoteSettings s = RemoteFixtures.settings(ExecutionPolicy.REMOTE, List.of(slow.url(), slow2.url()))
                    .withTimings(java.time.Duration.ofSeconds(6), java.time.Duration.ofMillis(300),
                            java.time.Duration.ofMillis(20), 2);
            ScanResult r = remote(s);
            CacheFixtures.assertSameResult(local, r);
            assertThat(r.metrics().sources().hedges()).isPositive();
            assertThat(r.metrics().source()).isEqualTo("remote");
        }
    }

    @Test
    void repeatedTimeoutsSplitTheShard() throws Exception {
        try (TestWorker stall = new TestWorker(market, Fault.STALL_HEADERS)) {
            RemoteSettings s = RemoteFixtures.settings(ExecutionPolicy.REMOTE, List.of(stall.url())).withShardSize(150)
                    .withTimings(java.time.Duration.ofMillis(300), java.time.Duration.ofSeconds(5),
                            java.time.Duration.ofMillis(10), 2);
            ScanResult r = remote(s);
            CacheFixtures.assertSameResult(local, r);
            // one shard of 150 split into halves (and on), every piece ending locally
            assertThat(r.metrics().sources().shards()).isEqualTo(1);
            assertThat(r.metrics().sources().localShards()).isGreaterThan(1);
        }
    }

    @Test
    void autoPolicyStaysLocalForSmallScans() throws Exception {
        try (TestWorker w = new TestWorker(market, Fault.NONE)) {
            ScanResult r = remote(RemoteFixtures.settings(ExecutionPolicy.AUTO, List.of(w.url())).withAutoMinSymbols(1000));
            assertThat(r.metrics().source()).isEqualTo("local");
            assertThat(w.requests.get()).isZero();
            ScanResult big = remote(RemoteFixtures.settings(ExecutionPolicy.AUTO, List.of(w.url())).withAutoMinSymbols(100));
            assertThat(big.metrics().source()).isEqualTo("remote");
            CacheFixtures.assertSameResult(local, big);
        }
    }

    @Test
    void userCancelCancelsEveryCallAndDropsLateResults() throws Exception {
        try (TestWorker slow = new TestWorker(market, Fault.SLOW);
             RemoteExecutor rx = new RemoteExecutor(RemoteFixtures.settings(ExecutionPolicy.REMOTE, List.of(slow.url()))
                     .withTimings(java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(10),
                             java.time.Duration.ofMillis(20), 3));
             Scanner s = CacheFixtures.scanner(market, ScanCache.none(), rx)) {
            CountDownLatch remoteStage = new CountDownLatch(1);
            ScanHandle h = s.submit(REQUEST, market, p -> {
                if (p.stage() == Stage.REMOTE) {
                    remoteStage.countDown();
                }
            });
            assertThat(remoteStage.await(20, TimeUnit.SECONDS)).isTrue();
            h.cancel();
            assertThatThrownBy(() -> h.result().join()).isInstanceOf(CancellationException.class);
            assertThat(h.progress().stage()).isEqualTo(Stage.CANCELLED);
        }
    }
}
