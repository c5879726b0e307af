package io.technic.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Milestones of the workstation's start-up, in milliseconds since the process started, so
 * {@code technic app --report-startup} can say where the wait before the first frame goes
 * (JVM and command line, JavaFX toolkit, building the window, showing it, the first frame),
 * with the CPU time the marking thread and the whole process had used by then (which a busy
 * machine inflates far less than the wall time).
 */
public final class StartupTrace {

    private static final long PROCESS_START_MS = ProcessHandle.current().info().startInstant()
            .map(java.time.Instant::toEpochMilli).orElse(System.currentTimeMillis());
    private static final List<String> MARKS = new ArrayList<>();
    private static volatile boolean enabled;

    private StartupTrace() {}

    /**
     * Starts recording, when {@code args} ask for the start-up report ({@code --report-startup});
     * otherwise {@link #mark} stays a no-op, so an ordinary start loads no management beans.
     */
    public static void enableIfAsked(String... args) {
        for (String a : args) {
            if (a.equals("--report-startup") || a.startsWith("--report-startup=")) {
                enabled = true;
                return;
            }
        }
    }

    /** Records that {@code what} happened now (when recording: see {@link #enableIfAsked}). */
    public static synchronized void mark(String what) {
        if (!enabled) {
            return;
        }
        long thread = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        long process = java.lang.management.ManagementFactory.getPlatformMXBean(
                com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() / 1_000_000;
        MARKS.add(String.format(Locale.ROOT, "%6d ms  (CPU: this thread %,d ms, process %,d ms)  %s",
                sinceStart(), thread, process, what));
    }

    /** Milliseconds since the process started. */
    public static long sinceStart() {
        return System.currentTimeMillis() - PROCESS_START_MS;
    }

    /** The milestones so far, one per line, oldest first. */
    public static synchronized List<String> marks() {
        return List.copyOf(MARKS);
    }
}
