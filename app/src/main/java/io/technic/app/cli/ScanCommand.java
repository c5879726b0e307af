package io.technic.app.cli;

import io.technic.app.context.Engine;
import io.technic.scanner.analytics.Analytics;
import io.technic.scanner.analytics.AnalyticsSpec;
import io.technic.scanner.analytics.ScanAnalytics;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.expr.Screen;
import io.technic.scanner.export.ResultFormat;
import io.technic.scanner.export.ResultWriters;
import io.technic.scanner.model.ScanResult;
import java.io.IOException;
import io.technic.scanner.cache.CacheStats;
import io.technic.scanner.cache.ScanCache;
import io.technic.scanner.remote.RemoteExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code technic scan}: scans a universe and prints the ranking. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scan a universe and print it ranked (best first).")
final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ScanOptions scan;

    @Option(names = "--template", paramLabel = "NAME",
            description = "Run a saved or built-in template (technic templates list); --where, --rank-by and --top override its parts.")
    String template;

    @Option(names = "--where", paramLabel = "EXPR",
            description = "Keep only rows where EXPR holds, e.g. \"close > sma(200) and rsi(14) < 30 and rvol(20) > 2\" (see README: scan language).")
    String where;

    @Option(names = "--rank-by", paramLabel = "EXPR",
            description = "Re-rank the rows by EXPR, e.g. \"roc(63) desc\" (default: MERIT).")
    String rankBy;

    @Option(names = "--top", paramLabel = "N", defaultValue = "25", description = "Rows to show (0 = all). Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table | csv | json | xlsx (xlsx needs --out). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    @Option(names = "--account", paramLabel = "USD", defaultValue = "0",
            description = "Account size: adds an ATR-stop position plan per row (shares, stop, value).")
    double account;

    @Option(names = "--risk-pct", paramLabel = "PCT", defaultValue = "1",
            description = "Percent of the account risked per trade, with --account. Default: ${DEFAULT-VALUE}.")
    double riskPct;

    @Option(names = "--option-ideas", paramLabel = "N", defaultValue = "0",
            description = "Option ideas (Black-Scholes estimates from realized volatility) for the top N rows.")
    int optionIdeas;

    @Option(names = "--portfolio", paramLabel = "N", defaultValue = "0",
            description = "Risk-parity and minimum-variance weights (Ledoit-Wolf covariance, 10%% name / 30%% sector caps) for the top N.")
    int portfolio;

    @Option(names = "--remote", paramLabel = "URL", split = ",",
            description = "Remote scan endpoints (workers or a Lambda Function URL), comma-separated; signed with"
                    + " TECHNIC_KEY_ID / TECHNIC_KEY_SECRET from the environment.")
    List<String> remote = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "POLICY",
            description = "local | remote | auto (remote when uncached, large and an endpoint is healthy)."
                    + " Default: auto with --remote, else local.")
    String policy;

    @Option(names = "--shard-size", paramLabel = "N", defaultValue = "500",
            description = "Symbols per remote shard. Default: ${DEFAULT-VALUE}.")
    int shardSize;

    @Option(names = "--redis", paramLabel = "URL",
            description = "Shared Redis cache (redis://[user:password@]host:port or rediss://...). Default: $TECHNIC_REDIS_URL.")
    String redis;

    @Option(names = "--redis-ca", paramLabel = "PEM",
            description = "Certificate authorities (PEM) a rediss:// server's certificate must chain to (a private CA)."
                    + " Default: $TECHNIC_REDIS_CA, else the JVM's trust store.")
    java.nio.file.Path redisCa;

    @Option(names = "--stats", description = "Print where the result came from, the stage timings and the cache statistics per tier.")
    boolean stats;

    @Override
    public Integer call() throws IOException {
        ResultFormat fmt = ResultFormat.parse(format);
        if (!fmt.isText() && out == null) {
            throw new CliException("--format " + format + " is binary: give --out FILE");
        }
        if (template != null) {
            var t = TemplatesCommand.find(template);
            where = where != null ? where : t.where();
            rankBy = rankBy != null ? rankBy : t.rankBy();
            if (t.top() > 0 && !spec.commandLine().getParseResult().hasMatchedOption("--top")) {
                top = t.top();
            }
        }
        var request = scan.toRequest(top);
        AnalyticsSpec analyticsSpec = new AnalyticsSpec(account, riskPct / 100, optionIdeas, portfolio);
        ScanResult scanned;
        CacheStats cacheStats;
        io.technic.scanner.secret.Secrets secrets = io.technic.scanner.secret.Secrets.system(
                io.technic.app.config.ConfigDir.resolve());
        try (ScanCache cache = OffloadOptions.cache(redis, redisCa, System.getenv(), secrets);
             RemoteExecutor offload = OffloadOptions.remote(remote, policy, shardSize, secrets);
             Scanner scanner = io.technic.app.context.Engine.scanner(scan.sectorNeutral, cache, offload)) {
            scanned = scanner.run(request);
            cacheStats = scanner.cacheStats();
        }
        ScanResult result = where == null && rankBy == null ? scanned
                : Screen.compile(where, rankBy, scanned).apply(scanned, Engine.load(request.source()));
        ScanAnalytics analytics = Analytics.compute(result,
                analyticsSpec.portfolio() > 0 ? Engine.load(request.source()) : null, analyticsSpec);
        if (out != null) {
            ResultWriters.writeFile(fmt, result, analytics, out);
            spec.commandLine().getErr().printf("wrote %d rows to %s%n", result.top().size(), out);
        } else {
            ResultWriters.write(fmt, result, analytics, spec.commandLine().getOut());
        }
        if (stats) {
            // on standard output only beside a table; machine-readable output stays clean
            java.io.PrintWriter w = out == null && fmt.isText() && "table".equalsIgnoreCase(format)
                    ? spec.commandLine().getOut() : spec.commandLine().getErr();
            OffloadOptions.printStats(w, scanned, cacheStats);
        }
        return 0;
    }
}
