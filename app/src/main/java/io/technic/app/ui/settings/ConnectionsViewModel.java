package io.technic.app.ui.settings;

import io.technic.app.ui.service.ConnectionTester;
import io.technic.app.ui.service.OffloadConfig;
import io.technic.scanner.data.polygon.PolygonKey;
import io.technic.scanner.remote.ExecutionPolicy;
import io.technic.scanner.remote.HmacAuth;
import io.technic.scanner.remote.RemoteSettings;
import io.technic.scanner.secret.SecretException;
import io.technic.scanner.secret.Secrets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings that reach beyond this machine: the shared Redis cache, the remote endpoints, the
 * HMAC key, the execution policy, and the Polygon API key. Secrets (key id and secret, Redis
 * password, Polygon key) go to the credentials store ({@link Secrets}), never into the settings
 * file, and are never shown again once saved. Store access and connection tests run on the
 * {@code io} executor; results come back through {@code fx}. Use from the FX thread only.
 */
public final class ConnectionsViewModel {

    private final Secrets secrets;
    private final ConnectionTester tester;
    private final Executor io;
    private final Executor fx;
    private final Path legacyPolygonKeyFile;
    private Consumer<OffloadConfig> onConfig = c -> { };
    private Runnable onSaved = () -> { };

    private final StringProperty redisUrl = new SimpleStringProperty("");
    private final StringProperty redisUser = new SimpleStringProperty("");
    private final StringProperty redisPassword = new SimpleStringProperty("");
    private final StringProperty redisCa = new SimpleStringProperty("");
    private final StringProperty endpoints = new SimpleStringProperty("");
    private final ObjectProperty<ExecutionPolicy> policy = new SimpleObjectProperty<>(ExecutionPolicy.AUTO);
    private final StringProperty keyId = new SimpleStringProperty("");
    private final StringProperty keySecret = new SimpleStringProperty("");
    private final StringProperty polygonKey = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper credentials = new ReadOnlyStringWrapper("Reading the credentials store ...");
    private final ReadOnlyStringWrapper polygonStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusOk = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanProperty dirty = new SimpleBooleanProperty();

    /**
     * @param legacyPolygonKeyFile the key file earlier versions saved (still read; null: none)
     */
    public ConnectionsViewModel(Secrets secrets, ConnectionTester tester, Path legacyPolygonKeyFile, Executor io,
                                Executor fx) {
        this.secrets = secrets;
        this.tester = tester;
        this.legacyPolygonKeyFile = legacyPolygonKeyFile;
        this.io = io;
        this.fx = fx;
        for (var p : List.of(redisUrl, redisUser, redisCa, endpoints, keyId)) {
            p.addListener(o -> dirty.set(true));
        }
        policy.addListener(o -> dirty.set(true));
    }

    /** Receives the configuration to scan with, on the io thread, after {@link #load()} and every {@link #save()}. */
    public void setOnConfig(Consumer<OffloadConfig> onConfig) {
        this.onConfig = onConfig;
    }

    /** Runs on the FX thread after a successful {@link #save()} (the window saves its settings file then). */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** Puts saved settings in the form (no secrets: those stay in the store). */
    public void apply(OffloadPrefs p) {
        redisUrl.set(p.redisUrl());
        redisUser.set(p.redisUser());
        redisCa.set(p.redisCa());
        endpoints.set(p.endpoints());
        try {
            policy.set(ExecutionPolicy.parse(p.policy()));
        } catch (IllegalArgumentException e) {
            policy.set(ExecutionPolicy.AUTO);
        }
        dirty.set(false);
    }

    /** The form's non-secret settings, for the settings file. */
    public OffloadPrefs prefs(boolean offloadToggle) {
        return new OffloadPrefs(redisUrl.get(), redisUser.get(), redisCa.get(), endpoints.get(),
                policy.get().name().toLowerCase(java.util.Locale.ROOT), offloadToggle);
    }

    /**
     * What is wrong with the form, naming the field, or "" when nothing is.
     */
    public String validate() {
        String url = redisUrl.get().strip();
        if (!url.isEmpty() && !url.startsWith("redis://") && !url.startsWith("rediss://")) {
            return "Redis URL: must start with redis:// or rediss:// (TLS)";
        }
        if (!url.isEmpty()) {
            try {
                URI u = URI.create(url);
                if (u.getHost() == null) {
                    return "Redis URL: no host in '" + redact(url) + "'";
                }
            } catch (IllegalArgumentException e) {
                return "Redis URL: not a URL (" + redact(url) + ")";
            }
        }
        String ca = redisCa.get().strip();
        if (!ca.isEmpty() && !Files.isReadable(Path.of(ca))) {
            return "Redis CA file: " + ca + " does not exist or cannot be read";
        }
        try {
            for (URI e : RemoteSettings.parseEndpoints(endpoints.get())) {
                if (!"http".equals(e.getScheme()) && !"https".equals(e.getScheme()) || e.getHost() == null) {
                    return "Remote endpoints: '" + e + "' is not an http(s)://host[:port] URL";
                }
            }
        } catch (IllegalArgumentException e) {
            return "Remote endpoints: " + e.getMessage();
        }
        String id = keyId.get().strip();
        if (!id.isEmpty() && !id.matches("[A-Za-z0-9._-]{1,64}")) {
            return "HMAC key id: letters, digits, '.', '_' or '-' only";
        }
        String secret = keySecret.get();
        if (!secret.isBlank() && secret.strip().length() < 16) {
            return "HMAC secret: at least 16 characters";
        }
        return "";
    }

    /** Reads what the store holds (key id shown, secrets only described) and publishes the configuration. */
    public void load() {
        OffloadPrefs p = prefs(false);
        io.execute(() -> {
            try {
                Optional<Secrets.Found> id = secrets.find(Secrets.HMAC_KEY_ID);
                String describe = describeCredentials();
                String polygon = describePolygon();
                OffloadConfig cfg = config(p, null, null, null);
                fx.execute(() -> {
                    boolean wasDirty = dirty.get();
                    id.filter(f -> keyId.get().isBlank()).ifPresent(f -> keyId.set(f.value()));
                    dirty.set(wasDirty);
                    credentials.set(describe);
                    polygonStatus.set(polygon);
                });
                onConfig.accept(cfg);
            } catch (RuntimeException e) {
                fx.execute(() -> report(false, "Credentials store: " + e.getMessage()));
            }
        });
    }

    /**
     * Stores the entered secrets, moves a password typed into the Redis URL into the store, and
     * publishes the new configuration; the secret fields are cleared afterwards.
     *
     * @return false (with the reason in {@link #statusProperty()}) when the form is invalid, or
     *         when a save or test is already running
     */
    public boolean save() {
        if (busy.get()) {
            return false;
        }
        String invalid = validate();
        if (!invalid.isEmpty()) {
            report(false, invalid);
            return false;
        }
        RedisParts parts = RedisParts.split(redisUrl.get().strip());
        String urlPassword = parts.password();
        String typedPassword = redisPassword.get();
        String id = keyId.get().strip();
        String secret = keySecret.get();
        redisUrl.set(parts.url());
        OffloadPrefs p = prefs(false);
        busy.set(true);
        io.execute(() -> {
            try {
                var store = secrets.store();
                if (!id.isEmpty()) {
                    store.put(Secrets.HMAC_KEY_ID, id);
                }
                if (!secret.isBlank()) {
                    store.put(Secrets.HMAC_KEY_SECRET, secret);
                }
                String password = !typedPassword.isBlank() ? typedPassword : urlPassword;
                if (password != null && !password.isBlank()) {
                    store.put(Secrets.REDIS_PASSWORD, password);
                }
                OffloadConfig cfg = config(p, null, null, null);
                onConfig.accept(cfg);
                String describe = describeCredentials();
                fx.execute(() -> {
                    busy.set(false);
                    keySecret.set("");
                    redisPassword.set("");
                    credentials.set(describe);
                    dirty.set(false);
                    onSaved.run(); // the settings file is written before the form says "Saved"
                    report(true, "Saved. Secrets are in " + store.describe() + "; the settings file holds none.");
                });
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    busy.set(false);
                    report(false, "Not saved: " + e.getMessage());
                });
            }
        });
        return true;
    }

    /** Pings Redis and checks each endpoint's health and key, with the form as typed (unsaved secrets included). */
    public void testConnection() {
        if (busy.get()) {
            return;
        }
        String invalid = validate();
        if (!invalid.isEmpty()) {
            report(false, invalid);
            return;
        }
        RedisParts parts = RedisParts.split(redisUrl.get().strip());
        OffloadPrefs p = new OffloadPrefs(parts.url(), redisUser.get(), redisCa.get(), endpoints.get(),
                policy.get().name(), false);
        String password = !redisPassword.get().isBlank() ? redisPassword.get() : parts.password();
        String id = keyId.get().strip();
        String secret = keySecret.get();
        busy.set(true);
        report(true, "Testing ...");
        io.execute(() -> {
            try {
                OffloadConfig cfg = config(p, password, id.isEmpty() ? null : id, secret.isBlank() ? null : secret);
                List<ConnectionTester.Line> lines = tester.test(cfg);
                boolean ok = lines.stream().allMatch(ConnectionTester.Line::ok);
                String text = lines.stream().map(l -> (l.ok() ? "✓ " : "✗ ") + l.text()).collect(Collectors.joining("\n"));
                fx.execute(() -> {
                    busy.set(false);
                    report(ok, text);
                });
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    busy.set(false);
                    report(false, "Test failed: " + e.getMessage());
                });
            }
        });
    }

    /** Saves the Polygon API key in the credentials store. @return false (reason in the Polygon status) for a blank or bad key */
    public boolean savePolygonKey() {
        String key = polygonKey.get();
        if (key == null || key.isBlank()) {
            polygonStatus.set("Paste the API key first");
            return false;
        }
        try {
            new PolygonKey(key);
        } catch (IllegalArgumentException e) {
            polygonStatus.set("Not saved: " + e.getMessage());
            return false;
        }
        busy.set(true);
        io.execute(() -> {
            try {
                secrets.store().put(Secrets.POLYGON_API_KEY, key.strip());
                String d = describePolygon();
                fx.execute(() -> {
                    busy.set(false);
                    polygonKey.set("");
                    polygonStatus.set(d);
                });
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    busy.set(false);
                    polygonStatus.set("Not saved: " + e.getMessage());
                });
            }
        });
        return true;
    }

    /** Builds the configuration; explicit values (a test with unsaved input) win over the store. */
    private OffloadConfig config(OffloadPrefs p, String password, String id, String secret) {
        String pw = password != null ? password
                : RedisParts.split(p.redisUrl()).password() != null ? null : secrets.value(Secrets.REDIS_PASSWORD).orElse(null);
        String kid = id != null ? id : secrets.value(Secrets.HMAC_KEY_ID).orElse(null);
        String ks = secret != null ? secret : secrets.value(Secrets.HMAC_KEY_SECRET).orElse(null);
        HmacAuth.Key key = kid == null || ks == null ? null : HmacAuth.Key.of(kid, ks);
        return new OffloadConfig(p.redisUrl(), p.redisUser(), pw, p.redisCa().isEmpty() ? null : Path.of(p.redisCa()),
                RemoteSettings.parseEndpoints(p.endpoints()), ExecutionPolicy.parse(p.policy()), key);
    }

    private String describeCredentials() {
        StringBuilder sb = new StringBuilder();
        for (String name : List.of(Secrets.HMAC_KEY_ID, Secrets.HMAC_KEY_SECRET, Secrets.REDIS_PASSWORD)) {
            Optional<Secrets.Found> f = secrets.find(name);
            sb.append(sb.isEmpty() ? "" : " · ").append(label(name)).append(": ")
                    .append(f.map(x -> x.from().equals("store") ? "stored" : "from " + x.from()).orElse("not set"));
        }
        return sb + "\nStore: " + secrets.store().describe();
    }

    private String describePolygon() {
        Optional<String> env = secrets.overriddenBy(Secrets.POLYGON_API_KEY);
        if (env.isPresent()) {
            return "Key from the environment (" + env.get() + ")";
        }
        if (secrets.store().get(Secrets.POLYGON_API_KEY).isPresent()) {
            return "Key stored in " + secrets.store().describe();
        }
        if (legacyPolygonKeyFile != null && Files.exists(legacyPolygonKeyFile)) {
            return "Key in " + legacyPolygonKeyFile + " (only you can read it)";
        }
        return "No key yet: paste it and Save (stored in " + secrets.store().describe() + ")";
    }

    private static String label(String name) {
        return switch (name) {
            case Secrets.HMAC_KEY_ID -> "key id";
            case Secrets.HMAC_KEY_SECRET -> "key secret";
            case Secrets.REDIS_PASSWORD -> "Redis password";
            default -> name;
        };
    }

    private void report(boolean ok, String text) {
        statusOk.set(ok);
        status.set(text);
    }

    private static String redact(String url) {
        return url.replaceAll("(?<=://)[^@/]*@", "***@");
    }

    /** A Redis URL split into the URL without its password and the password (null when none). */
    record RedisParts(String url, String password) {
        static RedisParts split(String url) {
            int scheme = url.indexOf("://");
            int at = url.indexOf('@');
            if (scheme < 0 || at < scheme) {
                return new RedisParts(url, null);
            }
            String info = url.substring(scheme + 3, at);
            int colon = info.indexOf(':');
            if (colon < 0) {
                return new RedisParts(url, null);
            }
            String user = info.substring(0, colon);
            String pw = java.net.URLDecoder.decode(info.substring(colon + 1), java.nio.charset.StandardCharsets.UTF_8);
            String rest = url.substring(at + 1);
            return new RedisParts(url.substring(0, scheme + 3) + (user.isEmpty() ? "" : user + "@") + rest,
                    pw.isEmpty() ? null : pw);
        }
    }

    public StringProperty redisUrlProperty() { return redisUrl; }
    public StringProperty redisUserProperty() { return redisUser; }
    /** Typed only to save or test; cleared after saving. */
    public StringProperty redisPasswordProperty() { return redisPassword; }
    public StringProperty redisCaProperty() { return redisCa; }
    /** Comma-separated endpoint URLs. */
    public StringProperty endpointsProperty() { return endpoints; }
    public ObjectProperty<ExecutionPolicy> policyProperty() { return policy; }
    public StringProperty keyIdProperty() { return keyId; }
    /** Typed only to save or test; cleared after saving. */
    public StringProperty keySecretProperty() { return keySecret; }
    /** Typed only to save; cleared after saving. */
    public StringProperty polygonKeyProperty() { return polygonKey; }
    /** Which credentials are set and where they come from (never their values). */
    public ReadOnlyStringProperty credentialsProperty() { return credentials.getReadOnlyProperty(); }
    public ReadOnlyStringProperty polygonStatusProperty() { return polygonStatus.getReadOnlyProperty(); }
    /** The outcome of the last save or test, one line per thing checked. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty statusOkProperty() { return statusOk.getReadOnlyProperty(); }
    /** A save or test is running. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** The form differs from what was last applied or saved. */
    public BooleanProperty dirtyProperty() { return dirty; }
}
