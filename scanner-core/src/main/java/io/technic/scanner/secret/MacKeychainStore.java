package io.technic.scanner.secret;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets in the macOS login keychain through {@code /usr/bin/security}: generic passwords with
 * service {@code technic} and account NAME. {@code security add-generic-password} takes the
 * password only as an argument ({@code -w}), so for the instant the tool runs it is visible to
 * the user's own processes; {@code -U} replaces an existing entry. Thread-safe.
 */
public final class MacKeychainStore implements SecretStore {

    /** {@code security}'s exit code for "The specified item could not be found in the keychain". */
    static final int NOT_FOUND = 44;
    private final Command tool;

    public MacKeychainStore(Path executable, Duration timeout) {
        this.tool = new Command(executable, Map.of(), timeout);
    }

    @Override
    public Optional<String> get(String name) {
        Command.Result r = tool.run(List.of("find-generic-password", "-s", SecretToolStore.SERVICE, "-a",
                SecretStore.checkName(name), "-w"), null);
        if (r.exit() == 0) {
            String v = r.out().strip();
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
        if (r.exit() == NOT_FOUND) {
            return Optional.empty();
        }
        throw failure("read", name, r);
    }

    @Override
    public void put(String name, String value) {
        String v = SecretStore.checkValue(name, value);
        Command.Result r = tool.run(List.of("add-generic-password", "-U", "-s", SecretToolStore.SERVICE, "-a",
                SecretStore.checkName(name), "-l", "Technic " + name, "-w", v), null);
        if (r.exit() != 0) {
            throw failure("store", name, r);
        }
    }

    @Override
    public boolean delete(String name) {
        Command.Result r = tool.run(List.of("delete-generic-password", "-s", SecretToolStore.SERVICE, "-a",
                SecretStore.checkName(name)), null);
        if (r.exit() == 0) {
            return true;
        }
        if (r.exit() == NOT_FOUND) {
            return false;
        }
        throw failure("delete", name, r);
    }

    private static SecretException failure(String what, String name, Command.Result r) {
        return new SecretException("security could not " + what + " '" + name + "' in the login keychain (exit "
                + r.exit() + ")" + (r.err().isEmpty() ? "" : ": " + r.err()));
    }

    @Override
    public String describe() {
        return "the macOS login keychain";
    }

    @Override
    public String toString() {
        return "MacKeychainStore";
    }
}
