package io.technic.scanner.secret;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials the product uses, found in the environment first (so scripts and containers
 * need no store) and then in a {@link SecretStore}. Values are never logged. Thread-safe.
 */
public final class Secrets {

    /** The HMAC key id remote requests are signed with ({@code TECHNIC_KEY_ID}). */
    public static final String HMAC_KEY_ID = "hmac-key-id";
    /** The HMAC secret ({@code TECHNIC_KEY_SECRET}). */
    public static final String HMAC_KEY_SECRET = "hmac-key-secret";
    /** The Polygon (Massive) API key ({@code POLYGON_API_KEY}, {@code MASSIVE_API_KEY}). */
    public static final String POLYGON_API_KEY = "polygon-api-key";
    /** The shared Redis's password ({@code TECHNIC_REDIS_PASSWORD}). */
    public static final String REDIS_PASSWORD = "redis-password";

    private static final Map<String, List<String>> ENV = Map.of(
            HMAC_KEY_ID, List.of("TECHNIC_KEY_ID"),
            HMAC_KEY_SECRET, List.of("TECHNIC_KEY_SECRET"),
            POLYGON_API_KEY, List.of("POLYGON_API_KEY", "MASSIVE_API_KEY"),
            REDIS_PASSWORD, List.of("TECHNIC_REDIS_PASSWORD"));

    /** A secret and where it came from ("environment TECHNIC_KEY_ID" or "store"); the value never prints. */
    public record Found(String value, String from) {
        @Override
        public String toString() {
            return "Found[****, from=" + from + "]";
        }
    }

    private final Map<String, String> env;
    private final java.util.function.Supplier<SecretStore> storeSupplier;
    private volatile SecretStore store;

    public Secrets(Map<String, String> env, SecretStore store) {
        this.env = Map.copyOf(env);
        this.store = java.util.Objects.requireNonNull(store, "store");
        this.storeSupplier = () -> store;
    }

    private Secrets(Map<String, String> env, java.util.function.Supplier<SecretStore> store) {
        this.env = Map.copyOf(env);
        this.storeSupplier = store;
    }

    /**
     * The process environment in front of this machine's store ({@link SecretStores#system}),
     * which is chosen (probing the keychain) only when a secret is not in the environment.
     */
    public static Secrets system(Path configDir) {
        Map<String, String> env = System.getenv();
        return new Secrets(env, () -> SecretStores.system(configDir, env));
    }

    /** The store behind the environment (chosen on first use). */
    public SecretStore store() {
        SecretStore s = store;
        if (s == null) {
            synchronized (this) {
                if (store == null) {
                    store = storeSupplier.get();
                }
                s = store;
            }
        }
        return s;
    }

    /** The environment variables that override {@code name}, first wins (empty for other names). */
    public static List<String> environmentNames(String name) {
        return ENV.getOrDefault(name, List.of());
    }

    /**
     * The secret called {@code name}: the first non-blank of its environment variables, else the store.
     *
     * @throws SecretException when the store fails
     */
    public Optional<Found> find(String name) {
        for (String var : environmentNames(name)) {
            String v = env.get(var);
            if (v != null && !v.isBlank()) {
                return Optional.of(new Found(v.strip(), "environment " + var));
            }
        }
        return store().get(name).map(v -> new Found(v, "store"));
    }

    /** The value of {@link #find}, or empty. */
    public Optional<String> value(String name) {
        return find(name).map(Found::value);
    }

    /** The environment variable that currently overrides {@code name}, or empty. */
    public Optional<String> overriddenBy(String name) {
        return environmentNames(name).stream().filter(v -> env.get(v) != null && !env.get(v).isBlank()).findFirst();
    }

    @Override
    public String toString() {
        return "Secrets[store=" + (store == null ? "not chosen yet" : store) + "]";
    }
}
