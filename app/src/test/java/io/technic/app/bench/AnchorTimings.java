package io.technic.app.bench;

import io.technic.scanner.model.Market;

/**
 * Quick manual timing of the anchors on a random-walk universe (no engine workloads):
 * {@code AnchorTimings [symbols=500] [bars=500] [threads=1] [ta4j=true]}. Prints the table
 * and the JSON.
 */
public final class AnchorTimings {

    private AnchorTimings() {}

    public static void main(String[] args) {
        int symbols = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int bars = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        boolean ta4j = args.length <= 3 || Boolean.parseBoolean(args[3]);
        Market m = RandomWalkMarket.of(symbols, bars, 42);
        BenchReport r = new BenchSuite(m, BenchSuite.Config.defaults().withThreads(threads)
                .withIterations(3, 7).withSlowIterations(1, 3).withTa4j(ta4j))
                .onProgress(System.err::println)
                .run();
        System.out.print(r.toTable());
        System.out.println(r.toJson());
    }
}
