package io.technic.scanner.secret;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the credentials backend of this machine: the macOS login keychain ({@code security});
 * on Linux the Secret Service through {@code secret-tool} when it is on the PATH and a Secret
 * Service answers; else (no keychain, a server, a container, Windows) private files in
 * {@code <config dir>/secrets}. {@code TECHNIC_SECRET_STORE=file} forces the files,
 * {@code =keychain} insists on a keychain (an error when there is none).
 */
public final class SecretStores {

    /** Environment variable choosing the backend: {@code file}, {@code keychain} or unset (automatic). */
    public static final String ENV = "TECHNIC_SECRET_STORE";
    static final Duration TOOL_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(SecretStores.class);

    private SecretStores() {}

    /** The file store of a config directory: {@code <configDir>/secrets}. */
    public static FileSecretStore files(Path configDir) {
        return new FileSecretStore(configDir.resolve("secrets"));
    }

    /**
     * The backend for this machine (see the class comment); may start {@code secret-tool} once to
     * probe the Secret Service (at most 5 s), so call it off a UI thread.
     *
     * @throws SecretException when {@code TECHNIC_SECRET_STORE=keychain} and no keychain answers
     */
    public static SecretStore system(Path configDir, Map<String, String> env) {
        String choice = env.getOrDefault(ENV, "").strip().toLowerCase(Locale.ROOT);
        if (!choice.isEmpty() && !choice.equals("file") && !choice.equals("keychain")) {
            throw new IllegalArgumentException(ENV + "=" + choice + " is not 'file' or 'keychain'");
        }
        if (!choice.equals("file")) {
            SecretStore keychain = keychain(System.getProperty("os.name", ""), env);
            if (keychain != null) {
                return keychain;
            }
            if (choice.equals("keychain")) {
                throw new SecretException(ENV + "=keychain, but no keychain answers (macOS: /usr/bin/security;"
                        + " Linux: secret-tool from libsecret-tools and a running Secret Service such as gnome-keyring)");
            }
        }
        return files(configDir);
    }

    private static SecretStore keychain(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            Path security = Path.of("/usr/bin/security");
            return Files.isExecutable(security) ? new MacKeychainStore(security, TOOL_TIMEOUT) : null;
        }
        if (os.startsWith("linux") || os.contains("bsd")) {
            Path tool = Command.onPath("secret-tool", env.get("PATH"));
            if (tool == null) {
                return null;
            }
            SecretToolStore s = new SecretToolStore(tool, Map.of(), TOOL_TIMEOUT);
            if (s.available()) {
                return s;
            }
            LOG.info("secret-tool is installed but no Secret Service answers; secrets go to private files");
        }
        return null; // Windows: Credential Manager is not wired; the profile's config directory is private
    }
}
