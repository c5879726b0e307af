package io.technic.scanner.exec;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the scheduling priority of the calling thread, so that scan threads yield the CPU to a
 * desktop's UI thread. {@link Thread#setPriority} cannot do this: on Linux the JVM ignores Java
 * priorities unless it runs as root. Linux schedules each thread as its own task with its own
 * nice value, and any user may raise a task's niceness (lower its priority); so this calls the C
 * library's {@code setpriority(PRIO_PROCESS, gettid(), nice)}. With scan threads at nice 10 a
 * runnable UI thread (nice 0) gets about nine times their CPU share and preempts them when it
 * wakes, instead of waiting out their time slices.
 *
 * <p>Linux only; elsewhere {@link #lowerCurrentThread} does nothing and returns false. Needs native
 * access ({@code --enable-native-access=ALL-UNNAMED}); without it the JVM prints a warning and
 * proceeds. A failure is logged once and never stops a scan.
 */
public final class BackgroundPriority {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
    private static final int PRIO_PROCESS = 0;
    private static volatile boolean warned;

    private BackgroundPriority() {}

    /**
     * Sets the calling thread's nice value to {@code nice} (1–19; higher is lower priority).
     *
     * @return whether it was applied (false off Linux, or if the C library refused: logged once)
     * @throws IllegalArgumentException if {@code nice} is outside 1–19
     */
    public static boolean lowerCurrentThread(int nice) {
        requireNice(nice);
        if (!LINUX) {
            return false;
        }
        try {
            int tid = (int) Libc.GETTID.invokeExact();
            int rc = (int) Libc.SETPRIORITY.invokeExact(PRIO_PROCESS, tid, nice);
            if (rc == 0) {
                return true;
            }
            warnOnce("setpriority returned " + rc);
        } catch (Throwable t) {
            warnOnce(t.toString());
        }
        return false;
    }

    /**
     * Returns {@code nice} if it is a value {@link #lowerCurrentThread} takes.
     *
     * @throws IllegalArgumentException if {@code nice} is outside 1–19
     */
    public static int requireNice(int nice) {
        if (nice < 1 || nice > 19) {
            throw new IllegalArgumentException("nice must be 1-19 (higher is lower priority), not " + nice);
        }
        return nice;
    }

    /** The calling thread's nice value as the kernel sees it (Linux; 0 elsewhere). */
    public static int currentNice() {
        if (!LINUX) {
            return 0;
        }
        try {
            int tid = (int) Libc.GETTID.invokeExact();
            return (int) Libc.GETPRIORITY.invokeExact(PRIO_PROCESS, tid);
        } catch (Throwable t) {
            throw new IllegalStateException("getpriority failed", t);
        }
    }

    private static void warnOnce(String why) {
        if (!warned) {
            warned = true;
            LOG.warn("could not lower the scan threads' priority ({}); the UI may stutter during scans", why);
        }
    }

    /** The C library's functions, looked up on first use. */
    private static final class Libc {
        private static final Linker LINKER = Linker.nativeLinker();
        static final MethodHandle GETTID = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("gettid"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT));
        static final MethodHandle SETPRIORITY = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("setpriority"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        static final MethodHandle GETPRIORITY = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("getpriority"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    }
}
