package io.technic.app.cli;

import io.technic.app.context.Engine;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.export.AtomicFile;
import io.technic.scanner.export.ResultFormat;
import io.technic.scanner.export.ResultWriters;
import io.technic.scanner.model.ScanResult;
import java.io.IOException;
import java.nio.file.Path;
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

    @Option(names = "--top", paramLabel = "N", defaultValue = "25", description = "Rows to show (0 = all). Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table | csv | json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        ResultFormat fmt = ResultFormat.parse(format);
        var request = scan.toRequest(top);
        ScanResult result;
        try (Scanner scanner = Engine.scanner()) {
            result = scanner.run(request);
        }
        if (out != null) {
            AtomicFile.writeText(out, w -> ResultWriters.write(fmt, result, w));
            spec.commandLine().getErr().printf("wrote %d rows to %s%n", result.top().size(), out);
        } else {
            ResultWriters.write(fmt, result, spec.commandLine().getOut());
        }
        return 0;
    }
}
