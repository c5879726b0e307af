package io.technic.scanner.secret;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs a keychain tool: arguments as a list (no shell), the secret, if any, on standard input
 * (never on the command line, where other users could see it in the process list), a time
 * limit, and an environment to add (e.g. {@code DBUS_SESSION_BUS_ADDRESS}).
 */
final class Command {

    /** What a finished tool left: its exit code, standard output and standard error. */
    record Result(int exit, String out, String err) {}

    private final Path executable;
    private final Map<String, String> env;
    private final Duration timeout;

    Command(Path executable, Map<String, String> env, Duration timeout) {
        this.executable = executable;
        this.env = Map.copyOf(env);
        this.timeout = timeout;
    }

    Path executable() {
        return executable;
    }

    /**
     * @param stdin bytes for the tool's standard input (null: none)
     * @throws SecretException if the tool cannot start or does not finish in time (it is then killed)
     */
    Result run(List<String> args, String stdin) {
        List<String> cmd = new ArrayList<>();
        cmd.add(executable.toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new SecretException("cannot run " + executable + ": " + e.getMessage(), e);
        }
        try {
            CompletableFuture<String> out = drain(p.getInputStream());
            CompletableFuture<String> err = drain(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException ignored) {
                // the tool did not read its input; its exit code says what happened
            }
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new SecretException(executable.getFileName() + " " + args.getFirst() + " did not finish within "
                        + timeout.toSeconds() + " s (a locked keyring waiting for a password prompt?)");
            }
            return new Result(p.exitValue(), out.get(5, TimeUnit.SECONDS), err.get(5, TimeUnit.SECONDS).strip());
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SecretException("interrupted while running " + executable.getFileName(), e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            p.destroyForcibly();
            throw new SecretException("cannot read the output of " + executable.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static CompletableFuture<String> drain(InputStream s) {
        return CompletableFuture.supplyAsync(() -> {
            try (s) {
                return new String(s.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }, r -> Thread.ofVirtual().start(r));
    }

    /** {@code name} on {@code path} (a PATH-style list), or null. */
    static Path onPath(String name, String path) {
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path f = Path.of(dir, name);
            if (Files.isRegularFile(f) && Files.isExecutable(f)) {
                return f;
            }
        }
        return null;
    }
}
