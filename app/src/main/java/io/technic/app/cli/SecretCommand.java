package io.technic.app.cli;

import io.technic.app.config.ConfigDir;
import io.technic.scanner.secret.SecretException;
import io.technic.scanner.secret.SecretStore;
import io.technic.scanner.secret.SecretStores;
import io.technic.scanner.secret.Secrets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code technic secret}: the credentials store (the OS keychain, else private files). Values are
 * read from standard input or a no-echo prompt and never printed.
 */
@Command(name = "secret", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Keep credentials in the OS keychain (Secret Service / macOS keychain), else in private files",
            "(<config dir>/secrets, mode 600). Names: hmac-key-id, hmac-key-secret, polygon-api-key, redis-password.",
            "Environment variables (TECHNIC_KEY_ID, TECHNIC_KEY_SECRET, POLYGON_API_KEY, TECHNIC_REDIS_PASSWORD) win."},
        subcommands = {SecretCommand.Set.class, SecretCommand.Delete.class, SecretCommand.List.class})
final class SecretCommand implements Runnable {

    /** The names the product reads. */
    static final java.util.List<String> KNOWN = java.util.List.of(Secrets.HMAC_KEY_ID, Secrets.HMAC_KEY_SECRET,
            Secrets.POLYGON_API_KEY, Secrets.REDIS_PASSWORD);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static SecretStore store() {
        try {
            return SecretStores.system(ConfigDir.resolve(), System.getenv());
        } catch (SecretException | IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Store a secret: the value comes from standard input (one line) or a prompt that does not echo.")
    static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "hmac-key-id, hmac-key-secret, polygon-api-key, redis-password, ...")
        String name;

        @Override
        public Integer call() throws IOException {
            String value;
            java.io.Console console = System.console();
            if (console != null && console.isTerminal()) {
                char[] typed = console.readPassword("%s: ", name);
                value = typed == null ? null : new String(typed);
            } else {
                value = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            SecretStore store = store();
            try {
                store.put(name, value);
            } catch (IllegalArgumentException | SecretException e) {
                throw new CliException(e.getMessage());
            }
            PrintWriter err = spec.commandLine().getErr();
            err.printf("stored %s in %s%n", name, store.describe());
            Secrets.environmentNames(name).stream().filter(v -> System.getenv(v) != null).findFirst()
                    .ifPresent(v -> err.printf("note: %s is set and wins over the stored value%n", v));
            err.flush();
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Remove a stored secret.")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            SecretStore store = store();
            try {
                boolean had = store.delete(name);
                spec.commandLine().getErr().printf(had ? "deleted %s from %s%n" : "no %s in %s%n", name, store.describe());
                return had ? 0 : 1;
            } catch (IllegalArgumentException | SecretException e) {
                throw new CliException(e.getMessage());
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Say which of the product's secrets are set and where each comes from (never the values).")
    static final class List implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            SecretStore store = store();
            Secrets secrets = new Secrets(System.getenv(), store);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("store: %s%n", store.describe());
            for (String n : KNOWN) {
                Optional<Secrets.Found> f;
                try {
                    f = secrets.find(n);
                } catch (SecretException e) {
                    out.printf("%-16s error: %s%n", n, e.getMessage());
                    continue;
                }
                out.printf("%-16s %s%n", n, f.map(Secrets.Found::from).orElse("not set"));
            }
            out.flush();
            return 0;
        }
    }
}
