package io.technic.scanner.watch;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a {@link Monitor}'s alert triggers stand, kept in {@code monitor-state.json} beside
 * {@code watch.json}, so a monitor restarted on the same directory (the app reopened,
 * {@code technic watch} run again) goes on where the last one stopped: a rule that fired for a
 * symbol and has not re-armed does not fire again, a cool-down started before the restart still
 * holds, and a new-entrant rule remembers its list.
 *
 * <p>Per rule and symbol it keeps: armed or not, the last alert's time, the condition's last value
 * and when it was evaluated. Each rule's state carries a fingerprint of the rule (kind, target,
 * conditions, cool-down; for a new-entrant rule also its saved scan): a rule edited since is
 * started afresh, and so is a rule whose state was evaluated later than the new monitor's clock
 * reads (market time went back, as when the simulated session is replayed from its open). A monitor running some of the rules leaves the other rules' states as they
 * were; states of rules no longer in the config are dropped.
 *
 * <p>Written after every evaluation like {@code watch.json}: a temporary file, forced to disk,
 * renamed over the old one atomically. An unreadable file is set aside as
 * {@code monitor-state.json.corrupt} with a warning and monitoring starts afresh (a state file is
 * not worth stopping monitoring for). Not thread-safe: one monitor writes a directory's state at a
 * time (two at once: the last write wins for the rules both run).
 */
public final class MonitorState {

    private static final Logger LOG = LoggerFactory.getLogger(MonitorState.class);
    /** The file name. */
    public static final String FILE = "monitor-state.json";
    private static final String FORMAT = "technic-monitor-state";
    private static final int VERSION = 1;

    /** One rule's triggers, valid while the rule's {@code fingerprint} is unchanged. */
    record RuleState(String fingerprint, List<Trigger.Saved> keys) {
        RuleState {
            keys = List.copyOf(keys);
        }
    }

    private final Path dir;
    private final Path file;
    private final Map<String, RuleState> rules = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean loaded;

    /** The state in {@code dir} (usually the watch store's directory). */
    public MonitorState(Path dir) {
        this.dir = dir.toAbsolutePath();
        this.file = this.dir.resolve(FILE);
    }

    public Path file() {
        return file;
    }

    /** Problems met reading the file (each naming it), for the user. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** The saved state of {@code rule}, or null when there is none or the rule has changed since. */
    RuleState get(AlertRule rule, WatchConfig config) {
        load();
        RuleState s = rules.get(rule.id());
        return s != null && s.fingerprint().equals(fingerprint(rule, config)) ? s : null;
    }

    /**
     * Records the triggers of {@code running} rules and writes the file; states of rules not in
     * {@code config} are dropped.
     *
     * @throws IOException if it cannot be written (the file on disk is then unchanged)
     */
    void save(WatchConfig config, Map<AlertRule, List<Trigger.Saved>> running) throws IOException {
        load();
        rules.keySet().removeIf(id -> config.rules().stream().noneMatch(r -> r.id().equals(id)));
        running.forEach((rule, keys) -> rules.put(rule.id(), new RuleState(fingerprint(rule, config), keys)));
        Files.createDirectories(dir);
        WatchStore.writeDurably(file, render().getBytes(StandardCharsets.UTF_8));
    }

    /** What identifies a rule's meaning: a change to any of it starts the rule afresh. */
    static String fingerprint(AlertRule r, WatchConfig config) {
        StringBuilder b = new StringBuilder().append(r.kind().key()).append('|').append(r.target()).append('|')
                .append(r.when()).append('|').append(r.rearm()).append('|').append(r.cooldown());
        if (r.kind() == AlertRule.Kind.NEW_ENTRANT) {
            config.scan(r.target()).ifPresent(s -> b.append('|').append(s.where()).append('|').append(s.rankBy())
                    .append('|').append(s.top()));
        }
        return b.toString();
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            warn(file + " cannot be read (" + e.getMessage() + "); alert triggers start afresh");
            return;
        }
        try {
            rules.putAll(parse(text));
        } catch (IOException | RuntimeException e) {
            String w = file + " is corrupt (" + e.getMessage() + "); alert triggers start afresh";
            try {
                Files.move(file, dir.resolve(FILE + ".corrupt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                w += " (kept as " + FILE + ".corrupt)";
            } catch (IOException moveFailed) {
                w += " (could not set it aside: " + moveFailed.getMessage() + ")";
            }
            warn(w);
        }
    }

    private void warn(String w) {
        LOG.warn(w);
        warnings.add(w);
    }

    String render() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeObjectFieldStart("rules");
            for (var e : rules.entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                g.writeStringField("fingerprint", e.getValue().fingerprint());
                g.writeObjectFieldStart("symbols");
                for (Trigger.Saved k : e.getValue().keys()) {
                    g.writeObjectFieldStart(k.key());
                    g.writeBooleanField("armed", k.armed());
                    g.writeBooleanField("active", k.active());
                    g.writeStringField("lastFired", k.lastFired() == null ? null : k.lastFired().toString());
                    g.writeStringField("seen", k.seen() == null ? null : k.seen().toString());
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string failed", e);
        }
        return out + "\n";
    }

    static Map<String, RuleState> parse(String text) throws IOException {
        Map<String, Object> root = Json.object(Json.parse(text), FILE);
        if (!FORMAT.equals(root.get("format"))) {
            throw new IOException("not a monitor state file (format is " + root.get("format") + ")");
        }
        double version = Json.number(root, "version", "file");
        if (version != VERSION) {
            throw new IOException("version " + version + " is not supported (expected " + VERSION + ")");
        }
        Map<String, RuleState> out = new TreeMap<>();
        for (var r : Json.object(root.get("rules"), "rules").entrySet()) {
            String what = "rules." + r.getKey();
            Map<String, Object> m = Json.object(r.getValue(), what);
            String fp = Json.string(m, "fingerprint", what);
            if (fp == null) {
                throw new IOException(what + " has no fingerprint");
            }
            List<Trigger.Saved> keys = new ArrayList<>();
            for (var k : Json.object(m.get("symbols"), what + ".symbols").entrySet()) {
                String kw = what + ".symbols." + k.getKey();
                Map<String, Object> s = Json.object(k.getValue(), kw);
                keys.add(new Trigger.Saved(k.getKey(), bool(s, "armed", kw), instant(s, "lastFired", kw),
                        bool(s, "active", kw), instant(s, "seen", kw)));
            }
            out.put(r.getKey(), new RuleState(fp, keys));
        }
        return out;
    }

    private static boolean bool(Map<String, Object> m, String key, String what) throws IOException {
        if (m.get(key) instanceof Boolean b) {
            return b;
        }
        throw new IOException(what + "." + key + " is not true or false");
    }

    private static Instant instant(Map<String, Object> m, String key, String what) throws IOException {
        String s = Json.string(m, key, what);
        try {
            return s == null ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IOException(what + "." + key + " is not a time: '" + s + "'");
        }
    }
}
