package io.technic.scanner.secret;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets in the desktop's Secret Service keyring (GNOME Keyring, KWallet, KeePassXC) through
 * libsecret's {@code secret-tool}, each under the attributes {@code service=technic key=NAME}
 * and the label "Technic NAME". The value goes to {@code secret-tool store} on standard input,
 * never on the command line. Thread-safe.
 */
public final class SecretToolStore implements SecretStore {

    static final String SERVICE = "technic";
    private final Command tool;

    /**
     * @param executable the {@code secret-tool} binary
     * @param env        added to the tool's environment (e.g. {@code DBUS_SESSION_BUS_ADDRESS}); usually empty
     */
    public SecretToolStore(Path executable, Map<String, String> env, Duration timeout) {
        this.tool = new Command(executable, env, timeout);
    }

    /**
     * Whether a Secret Service answers: a lookup of an entry that does not exist must end with
     * exit 0 or with exit 1 and nothing on standard error (libsecret's "not found").
     */
    public boolean available() {
        try {
            Command.Result r = tool.run(List.of("lookup", "service", SERVICE, "key", "technic-probe"), null);
            return r.exit() == 0 || r.exit() == 1 && r.err().isEmpty();
        } catch (SecretException e) {
            return false;
        }
    }

    @Override
    public Optional<String> get(String name) {
        Command.Result r = tool.run(List.of("lookup", "service", SERVICE, "key", SecretStore.checkName(name)), null);
        if (r.exit() == 0) {
            String v = r.out().strip();
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }
        if (r.exit() == 1 && r.err().isEmpty()) {
            return Optional.empty();
        }
        throw failure("look up", name, r);
    }

    @Override
    public void put(String name, String value) {
        String v = SecretStore.checkValue(name, value);
        Command.Result r = tool.run(List.of("store", "--label=Technic " + SecretStore.checkName(name), "service", SERVICE,
                "key", name), v);
        if (r.exit() != 0) {
            throw failure("store", name, r);
        }
    }

    @Override
    public boolean delete(String name) {
        boolean had = get(name).isPresent();
        Command.Result r = tool.run(List.of("clear", "service", SERVICE, "key", SecretStore.checkName(name)), null);
        if (r.exit() != 0 && !(r.exit() == 1 && r.err().isEmpty())) {
            throw failure("clear", name, r);
        }
        return had;
    }

    private SecretException failure(String what, String name, Command.Result r) {
        // stderr is the tool's own message (D-Bus errors); it never holds the secret, which went to stdin
        return new SecretException("secret-tool could not " + what + " '" + name + "' (exit " + r.exit() + ")"
                + (r.err().isEmpty() ? "" : ": " + r.err()));
    }

    @Override
    public String describe() {
        return "the login keyring (Secret Service, via " + tool.executable() + ")";
    }

    @Override
    public String toString() {
        return "SecretToolStore[" + tool.executable() + "]";
    }
}
