package io.technic.app.cli;

import io.technic.app.context.Engine;
import io.technic.app.config.ConfigDir;
import io.technic.scanner.api.Scanner;
import io.technic.scanner.expr.Screen;
import io.technic.scanner.expr.Template;
import io.technic.scanner.expr.TemplateStore;
import io.technic.scanner.model.ScanRequest;
import io.technic.scanner.model.ScanResult;
import io.technic.scanner.model.UniverseFilter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code technic templates}: the built-in scan templates and the user's saved scans (files in
 * the config directory's {@code templates/}, shareable as they are).
 */
@Command(name = "templates", mixinStandardHelpOptions = true,
        description = {"List, show, save, rename, delete, import and export scan templates.",
                "Run one with: technic scan --template NAME"},
        subcommands = {TemplatesCommand.ListCmd.class, TemplatesCommand.Show.class, TemplatesCommand.Save.class,
                TemplatesCommand.Rename.class, TemplatesCommand.Delete.class, TemplatesCommand.Import.class,
                TemplatesCommand.Export.class})
final class TemplatesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        new ListCmd().print(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The store in the user's config directory. */
    static TemplateStore store() {
        return TemplateStore.inConfig(ConfigDir.resolve());
    }

    /** A template by name, or a usage error listing how to see them. */
    static Template find(String name) {
        return store().find(name).orElseThrow(() -> new CliException("no template named '" + name
                + "' (technic templates list shows them)"));
    }

    /**
     * Type-checks a template's expressions against the engine's names (features, scores,
     * patterns), on a small simulated scan, so a saved template cannot fail later for a typo.
     */
    static void check(Template t) {
        ScanResult tiny;
        try (Scanner s = Engine.scanner()) {
            tiny = s.run(ScanRequest.of("sim:seed=1,symbols=30,bars=300").withFilter(UniverseFilter.none()));
        }
        Screen.compile(t.where(), t.rankBy(), tiny);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every template with its one-line description.")
    static final class ListCmd implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            print(spec.commandLine().getOut(), spec.commandLine().getErr());
        }

        void print(PrintWriter out, PrintWriter err) {
            TemplateStore store = store();
            var listing = store.list();
            int width = listing.templates().stream().mapToInt(t -> t.name().length()).max().orElse(10);
            for (Template t : listing.templates()) {
                out.printf("%-" + width + "s  %-8s %s%n", t.name(), t.builtIn() ? "built-in" : "saved", t.description());
            }
            out.printf("%n%d templates (saved ones in %s); run one with: technic scan --template NAME%n",
                    listing.templates().size(), store.directory());
            listing.problems().forEach(p -> err.println("technic: skipped " + p));
            out.flush();
            err.flush();
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "A template's expressions, or --json its file.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--json", description = "Print the template as its shareable file (JSON).")
        boolean json;

        @Override
        public Integer call() {
            Template t = find(name);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.print(TemplateStore.toJson(t));
            } else {
                out.printf("%s (%s)%n  %s%n", t.name(), t.builtIn() ? "built-in" : "saved", t.description());
                out.printf("  where:   %s%n  rank by: %s%n", t.where() == null ? "(none)" : t.where(),
                        t.rankBy() == null ? "(the engine's MERIT ranking)" : t.rankBy());
                if (t.top() > 0) {
                    out.printf("  top:     %d%n", t.top());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = "Save a scan as a template (type-checked first; replaces your own template of that name).")
    static final class Save implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "Lower-case letters, digits, '_' or '-'.")
        String name;

        @Option(names = "--where", paramLabel = "EXPR", description = "The condition.")
        String where;

        @Option(names = "--rank-by", paramLabel = "EXPR", description = "The ranking, e.g. \"roc(63) desc\".")
        String rankBy;

        @Option(names = "--description", paramLabel = "TEXT", defaultValue = "", description = "One line for people.")
        String description;

        @Option(names = "--top", paramLabel = "N", defaultValue = "0", description = "Rows to keep (0 = as the scan asks).")
        int top;

        @Override
        public Integer call() throws IOException {
            Template t = template();
            check(t);
            Path f = store().save(t);
            spec.commandLine().getErr().printf("saved template %s to %s%n", t.name(), f);
            return 0;
        }

        private Template template() {
            try {
                return Template.user(name, description, where, rankBy, top);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename one of your templates.")
    static final class Rename implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "OLD")
        String from;

        @Parameters(index = "1", paramLabel = "NEW")
        String to;

        @Override
        public Integer call() throws IOException {
            Path f = store().rename(from, to);
            spec.commandLine().getErr().printf("renamed %s to %s (%s)%n", from, to, f);
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete one of your templates.")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws IOException {
            store().delete(name);
            spec.commandLine().getErr().printf("deleted template %s%n", name);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a shared template file (" + TemplateStore.EXTENSION + "), type-checked first.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--as", paramLabel = "NAME", description = "Save it under another name.")
        String name;

        @Override
        public Integer call() throws IOException {
            Template t = TemplateStore.read(file);
            if (name != null) {
                t = t.renamed(name);
            }
            check(t);
            store().save(t);
            spec.commandLine().getErr().printf("imported template %s from %s%n", t.name(), file);
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a template to a file to share.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() throws IOException {
            TemplateStore.write(find(name), file);
            spec.commandLine().getErr().printf("wrote template %s to %s%n", name, file);
            return 0;
        }
    }
}
