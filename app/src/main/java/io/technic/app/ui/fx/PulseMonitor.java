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
                long gap = now - last;
                if (gap > maxGapNanos) {
                    maxGapNanos = gap;
                    maxAtNanos = last - started;
                }
                if (gap > SLOW_NANOS) {
                    slowFrames++;
                }
            } else {
                started = now;
            }
            last = now;
            frames++;
        }
    };

    /** A gap longer than two 60 Hz frames counts as a visible stutter. */
    private static final long SLOW_NANOS = 33_400_000;

    private long last;
    private long started;
    private long maxGapNanos;
    private long maxAtNanos;
    private long frames;
    private long slowFrames;

    /** Starts (or restarts) measuring from zero. */
    public void start() {
        last = 0;
        maxGapNanos = 0;
        maxAtNanos = 0;
        frames = 0;
        slowFrames = 0;
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** Longest gap between two pulses since {@link #start}, in milliseconds. */
    public double maxGapMillis() {
        return maxGapNanos / 1e6;
    }

    /** When the longest gap began, ms after the first pulse. */
    public double maxGapAtMillis() {
        return maxAtNanos / 1e6;
    }

    /** Gaps longer than two 60 Hz frames (33.4 ms) since {@link #start}. */
    public long slowGaps() {
        return slowFrames;
    }

    /** One line for people: {@code max 12.3 ms (at 1,234 ms) over 400 pulses, 2 gaps > 33 ms}. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "max %.1f ms (at %,.0f ms) over %,d pulses, %,d gaps > 33 ms",
                maxGapMillis(), maxGapAtMillis(), frames, slowFrames);
    }

    /** Pulses seen since {@link #start}. */
    public long frames() {
        return frames;
    }
}
