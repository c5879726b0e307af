package io.technic.app.cli;

import io.technic.scanner.watch.WatchConfig;
import io.technic.scanner.watch.WatchStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --dir} option of the watch commands: where watchlists, rules and the alert history live. */
final class WatchDir {

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Watch directory (watch.json, alerts.jsonl). Default: the configuration directory ($XDG_CONFIG_HOME/technic, else ~/.config/technic; -Dtechnic.config.dir overrides).")
    Path dir;

    Path path() {
        return dir != null ? dir : WatchStore.defaultDirectory();
    }

    WatchStore store() {
        return new WatchStore(path());
    }

    /** Loads the config, printing any restore warning to {@code err}. */
    WatchConfig load(PrintWriter err) {
        WatchStore.Loaded l = store().load();
        l.warnings().forEach(w -> err.println("technic: warning: " + w));
        return l.config();
    }

    void save(WatchConfig c) throws IOException {
        store().save(c);
    }
}
