package io.technic.scanner.data;

import io.technic.scanner.model.Market;
import java.time.Instant;

/**
 * A market that moves during the session: each {@link #snapshot} is the daily history plus,
 * for every symbol trading that day, the session's bar so far (open, high and low so far, the
 * last price as its close, the volume so far). Monitors re-evaluate alert rules on successive
 * snapshots. Implementations must be safe to call from one monitor thread at a time.
 */
public interface LiveSource {

    /**
     * The market as it stands at {@code now}.
     *
     * @throws DataException if the source cannot be read (the message names it)
     */
    Market snapshot(Instant now);

    /** A short description, e.g. {@code "sim-live:seed=42,..."} or {@code "polygon"}. */
    String describe();
}
