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
    }

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
        if (s == null) {
            s = new State();
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

    boolean known(String key) {
        return states.containsKey(key);
    }

    Iterable<String> keys() {
        return states.keySet();
    }
}
