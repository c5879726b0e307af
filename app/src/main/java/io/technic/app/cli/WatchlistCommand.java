package io.technic.app.cli;

import io.technic.scanner.watch.SymbolCsv;
import io.technic.scanner.watch.WatchConfig;
import io.technic.scanner.watch.Watchlist;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code technic watchlist}: create, fill, rename, import and export watchlists. */
@Command(name = "watchlist", mixinStandardHelpOptions = true,
        description = "Manage watchlists (saved atomically in watch.json; a corrupt file is restored from its backup).",
        subcommands = {WatchlistCommand.Show.class, WatchlistCommand.Create.class, WatchlistCommand.Add.class,
            WatchlistCommand.Remove.class, WatchlistCommand.Rename.class, WatchlistCommand.Delete.class,
            WatchlistCommand.Import.class, WatchlistCommand.Export.class})
final class WatchlistCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WatchDir dir;

    @Override
    public Integer call() {
        WatchConfig c = dir.load(spec.commandLine().getErr());
        PrintWriter out = spec.commandLine().getOut();
        if (c.watchlists().isEmpty()) {
            out.println("no watchlists in " + dir.store().file() + " (technic watchlist create NAME SYM...)");
        }
        for (Watchlist w : c.watchlists()) {
            out.printf("%-20s %3d  %s%n", w.name(), w.symbols().size(), String.join(" ", w.symbols()));
        }
        return 0;
    }

    abstract static class Change implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WatchDir dir;

        abstract WatchConfig apply(WatchConfig c);

        abstract String done(WatchConfig c);

        @Override
        public Integer call() throws IOException {
            WatchConfig c = apply(dir.load(spec.commandLine().getErr()));
            dir.save(c);
            spec.commandLine().getOut().println(done(c));
            return 0;
        }

        static String summary(WatchConfig c, String name) {
            Watchlist w = c.watchlist(name).orElseThrow();
            return w.name() + ": " + w.symbols().size() + " symbols";
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One list's symbols, one a line.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WatchDir dir;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            Watchlist w = dir.load(spec.commandLine().getErr()).watchlist(name)
                    .orElseThrow(() -> new CliException("no watchlist named '" + name + "'"));
            w.symbols().forEach(spec.commandLine().getOut()::println);
            return 0;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a list, optionally with symbols.")
    static final class Create extends Change {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1..*", paramLabel = "SYM")
        List<String> symbols = new ArrayList<>();

        @Override
        WatchConfig apply(WatchConfig c) {
            return c.withWatchlist(new Watchlist(name, symbols));
        }

        @Override
        String done(WatchConfig c) {
            return "created " + summary(c, name);
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add symbols to a list.")
    static final class Add extends Change {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "SYM")
        List<String> symbols = new ArrayList<>();

        @Override
        WatchConfig apply(WatchConfig c) {
            return c.update(name, w -> w.add(symbols));
        }

        @Override
        String done(WatchConfig c) {
            return summary(c, name);
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove symbols from a list.")
    static final class Remove extends Change {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "SYM")
        List<String> symbols = new ArrayList<>();

        @Override
        WatchConfig apply(WatchConfig c) {
            return c.update(name, w -> w.remove(symbols));
        }

        @Override
        String done(WatchConfig c) {
            return summary(c, name);
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a list (its rules follow).")
    static final class Rename extends Change {
        @Parameters(index = "0", paramLabel = "OLD")
        String from;

        @Parameters(index = "1", paramLabel = "NEW")
        String to;

        @Override
        WatchConfig apply(WatchConfig c) {
            return c.rename(from, to);
        }

        @Override
        String done(WatchConfig c) {
            return "renamed '" + from.strip() + "' to " + summary(c, to);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a list and the rules that watch it.")
    static final class Delete extends Change {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        WatchConfig apply(WatchConfig c) {
            return c.delete(name);
        }

        @Override
        String done(WatchConfig c) {
            return "deleted '" + name.strip() + "'";
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the symbols of a CSV file (first column; a scan export works) to a list, creating it if needed.")
    static final class Import extends Change {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Option(names = "--replace", description = "Replace the list's symbols instead of adding to them.")
        boolean replace;

        @Override
        WatchConfig apply(WatchConfig c) {
            List<String> symbols = SymbolCsv.read(file);
            if (c.watchlist(name).isEmpty()) {
                return c.withWatchlist(new Watchlist(name, symbols));
            }
            return c.update(name, w -> replace ? new Watchlist(w.name(), symbols) : w.add(symbols));
        }

        @Override
        String done(WatchConfig c) {
            return "imported " + file + " -> " + summary(c, name);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a list's symbols to a CSV file (atomically).")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        WatchDir dir;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            Watchlist w = dir.load(spec.commandLine().getErr()).watchlist(name)
                    .orElseThrow(() -> new CliException("no watchlist named '" + name + "'"));
            SymbolCsv.write(w, file);
            spec.commandLine().getOut().println("wrote " + w.symbols().size() + " symbols to " + file);
            return 0;
        }
    }
}
