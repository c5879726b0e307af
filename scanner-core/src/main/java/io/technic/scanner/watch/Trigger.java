package io.technic.scanner.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Edge trigger with re-arm and cool-down, one state per key (rule and symbol). Not thread-safe:
 * the monitor owns it.
 */
final class Trigger {

    /** What one observation did. */
    enum Outcome { NONE, FIRE, SUPPRESSED }

    private static final class State {
        boolean armed;
        Instant lastFired;
        boolean active;
        Instant seen;
    }

    /**
     * One key's state as {@link MonitorState} keeps it.
     *
     * @param armed     a crossing would fire
     * @param lastFired the last alert's time, or null
     * @param active    the condition's value at the last evaluation
     * @param seen      when the key was last evaluated
     */
    record Saved(String key, boolean armed, Instant lastFired, boolean active, Instant seen) {}

    private final Map<String, State> states = new HashMap<>();
    private final Duration cooldown;

    Trigger(Duration cooldown) {
        this.cooldown = cooldown;
    }

    /**
     * @param active       the condition holds now
     * @param rearm        the re-arm condition holds now
     * @param armedIfNew   a key seen for the first time starts armed (else: armed only if not active,
     *                     so a condition already true when watching starts does not fire)
     */
    Outcome observe(String key, boolean active, boolean rearm, Instant now, boolean armedIfNew) {
        State s = states.get(key);
        if (s != null) {
            s.active = active;
            s.seen = now;
        }
        if (s == null) {
            s = new State();
            s.active = active;
            s.seen = now;
            states.put(key, s);
            if (!armedIfNew) {
                s.armed = !active;
                return Outcome.NONE;
            }
            s.armed = true;
        }
        if (s.armed && active) {
            s.armed = false;
            if (s.lastFired != null && now.isBefore(s.lastFired.plus(cooldown))) {
                return Outcome.SUPPRESSED;
            }
            s.lastFired = now;
            return Outcome.FIRE;
        }
        if (!s.armed && !active && rearm) {
            s.armed = true;
        }
        return Outcome.NONE;
    }

    /** Every key's state, sorted by key. */
    java.util.List<Saved> saved() {
        java.util.List<Saved> out = new java.util.ArrayList<>(states.size());
        states.forEach((k, s) -> out.add(new Saved(k, s.armed, s.lastFired, s.active, s.seen)));
        out.sort(java.util.Comparator.comparing(Saved::key));
        return out;
    }

    /** Replaces every key's state with {@code saved} (a monitor restarting where one stopped). */
    void restore(Iterable<Saved> saved) {
        states.clear();
        for (Saved v : saved) {
            State s = new State();
            s.armed = v.armed();
            s.lastFired = v.lastFired();
            s.active = v.active();
            s.seen = v.seen();
            states.put(v.key(), s);
        }
    }

    boolean known(String key) {
        return states.containsKey(key);
    }

    Iterable<String> keys() {
        return states.keySet();
    }
}
