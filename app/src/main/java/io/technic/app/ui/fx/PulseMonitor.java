package io.technic.app.ui.fx;

import javafx.animation.AnimationTimer;

/**
 * Measures how smoothly the FX thread renders: an {@link AnimationTimer} that records the longest
 * gap between two consecutive pulses. A gap well above the frame interval (~16.7 ms at 60 Hz)
 * means the FX thread was blocked or starved. Use on the FX thread only.
 */
public final class PulseMonitor {

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (last != 0) {
                maxGapNanos = Math.max(maxGapNanos, now - last);
            }
            last = now;
            frames++;
        }
    };

    private long last;
    private long maxGapNanos;
    private long frames;

    /** Starts (or restarts) measuring from zero. */
    public void start() {
        last = 0;
        maxGapNanos = 0;
        frames = 0;
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** Longest gap between two pulses since {@link #start}, in milliseconds. */
    public double maxGapMillis() {
        return maxGapNanos / 1e6;
    }

    /** Pulses seen since {@link #start}. */
    public long frames() {
        return frames;
    }
}
