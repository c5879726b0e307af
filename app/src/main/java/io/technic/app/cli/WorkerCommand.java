package io.technic.app.cli;

import io.technic.scanner.remote.HttpWorker;
import io.technic.scanner.remote.Worker;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code technic worker}: serves remote scan shards over HTTP until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve remote scan shards over HTTP (POST /v1/shard, GET /health) until stopped.",
            "Requests must be signed with a key from TECHNIC_KEY_ID / TECHNIC_KEY_SECRET (or TECHNIC_KEYS=id=secret,...);",
            "TECHNIC_REDIS_URL shares feature rows with other workers."})
final class WorkerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "Port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "0.0.0.0", description = "Address to bind. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "2",
            description = "Shards computed at once (each uses every core). Default: ${DEFAULT-VALUE}.")
    int concurrency;

    @Override
    public Integer call() throws Exception {
        try (HttpWorker w = Worker.serve(host, port, concurrency, System.getenv())) {
            spec.commandLine().getOut().printf("technic worker listening on http://%s:%d%n", host, w.port());
            spec.commandLine().getOut().flush();
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
