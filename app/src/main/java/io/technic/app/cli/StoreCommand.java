package io.technic.app.cli;

import io.technic.scanner.api.BarSources;
import io.technic.scanner.data.store.BarStore;
import io.technic.scanner.model.Market;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code technic store}: the local bar store that scans open in milliseconds. */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Manage the local bar store (columnar files, appended crash-safely). Scan it with --source store.",
        subcommands = {StoreCommand.Import.class, StoreCommand.Info.class})
final class StoreCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Path storeDir(Path given) {
        return given != null ? given : BarStore.defaultDirectory();
    }

    @Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Append a source's bars to the store: new days and new symbols only.")
    static final class Import implements Callable<Integer> {

        @Option(names = "--source", required = true, paramLabel = "SPEC",
                description = "Where the bars come from: csv:PATH[,index=PATH,meta=PATH] or sim[:...].")
        String source;

        @Option(names = "--store", paramLabel = "DIR", description = "Store directory. Default: the user's (${sys:user.home}/.local/share/technic/bars unless TECHNIC_DATA_DIR or XDG_DATA_HOME say otherwise).")
        Path store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            Market m = BarSources.parse(source).load();
            long t1 = System.nanoTime();
            BarStore s = new BarStore(storeDir(store));
            BarStore.AppendResult r = s.append(m);
            long t2 = System.nanoTime();
            var out = spec.commandLine().getOut();
            long rows = m.bars().barCount() + (m.index() == null ? 0 : m.index().barCount());
            out.printf(Locale.ROOT, "read %,d bars of %,d symbols from %s in %.0f ms (%,.0f rows/s)%n", rows, m.size(),
                    m.source(), (t1 - t0) / 1e6, rows / ((t1 - t0) / 1e9));
            if (!m.loadSkipped().isEmpty()) {
                out.printf(Locale.ROOT, "  %d symbols not loaded (bad data), e.g. %s%n", m.loadSkipped().size(),
                        m.loadSkipped().getFirst());
            }
            out.printf(Locale.ROOT, "stored %,d new bars, %d new symbols (%,d already stored) in %.0f ms -> %s, generation %d%s%n",
                    r.newBars(), r.newSymbols(), r.storedBars(), (t2 - t1) / 1e6, s.directory(), r.generation(),
                    r.compacted() ? " (compacted)" : "");
            return 0;
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "What the store holds.")
    static final class Info implements Callable<Integer> {

        @Option(names = "--store", paramLabel = "DIR", description = "Store directory. Default: the user's.")
        Path store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            BarStore.Info i = new BarStore(storeDir(store)).info();
            var out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "store       %s%n", i.directory());
            out.printf(Locale.ROOT, "generation  %d%n", i.generation());
            out.printf(Locale.ROOT, "symbols     %,d%s%n", i.symbols(), i.index() ? " + index" : "");
            out.printf(Locale.ROOT, "bars        %,d (last date %s)%n", i.bars(), i.lastDate());
            out.printf(Locale.ROOT, "segments    %d, %,.1f MB%n", i.segments(), i.bytes() / 1e6);
            out.printf(Locale.ROOT, "source      %s%n", i.source());
            return 0;
        }
    }
}
