package io.technic.app.ui.service;

import java.util.List;

/** Checks the settings' Redis and remote endpoints; blocks for a few seconds, so call it off the FX thread. */
public interface ConnectionTester {

    /** One checked thing: whether it works and a line saying what was found. */
    record Line(boolean ok, String text) {}

    /** One line per thing checked: Redis (when set), then each endpoint (health and key). */
    List<Line> test(OffloadConfig config);
}
