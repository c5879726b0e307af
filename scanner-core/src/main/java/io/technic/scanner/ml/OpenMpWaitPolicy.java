package io.technic.scanner.ml;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes XGBoost's OpenMP threads sleep instead of spin between parallel regions, whatever
 * launched the JVM. libgomp reads {@code OMP_WAIT_POLICY} once, when XGBoost's native library
 * loads; with the default (active) policy, training a small model on 2 cores took 8–15 s instead
 * of 0.6 s. Launchers that cannot set environment variables (jpackage's, a Lambda runtime, an IDE)
 * therefore rely on this class: before the first XGBoost class initialises it sets the variable
 * in the process environment through the C library's {@code setenv}, keeping a value the user
 * already chose.
 *
 * <p>POSIX only (Linux, macOS); on Windows it does nothing (set the variable in the shortcut or
 * environment there). Needs native access ({@code --enable-native-access=ALL-UNNAMED}); without
 * it the JVM prints a warning and still proceeds. Thread-safe; effective only before XGBoost's
 * native library is loaded.
 */
public final class OpenMpWaitPolicy {

    /** The environment variable libgomp reads. */
    public static final String VARIABLE = "OMP_WAIT_POLICY";

    private static final Logger LOG = LoggerFactory.getLogger(OpenMpWaitPolicy.class);
    private static final boolean POSIX = !System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    private static volatile boolean applied;

    private OpenMpWaitPolicy() {}

    /** Sets {@code OMP_WAIT_POLICY=passive} in the process environment unless it is already set; idempotent. */
    public static void ensurePassive() {
        if (applied) {
            return;
        }
        synchronized (OpenMpWaitPolicy.class) {
            if (!applied) {
                try {
                    setIfAbsent(VARIABLE, "passive");
                } catch (RuntimeException | LinkageError e) {
                    LOG.warn("could not set {} for XGBoost's OpenMP threads ({}); set it in the environment", VARIABLE,
                            e.toString());
                }
                applied = true;
            }
        }
    }

    /**
     * Sets a variable in the native process environment (what native libraries see through
     * {@code getenv}) unless it is already there. {@link System#getenv} keeps the JVM's start-up
     * copy and does not see the change.
     *
     * @return true if the variable was set now, false if it already had a value or the platform is not POSIX
     * @throws IllegalStateException if {@code setenv} fails
     */
    static boolean setIfAbsent(String name, String value) {
        if (!POSIX || nativeValue(name) != null) {
            return false;
        }
        try (Arena arena = Arena.ofConfined()) {
            int rc = (int) Libc.SETENV.invokeExact(arena.allocateFrom(name), arena.allocateFrom(value), 0);
            if (rc != 0) {
                throw new IllegalStateException("setenv(" + name + ") failed with " + rc);
            }
            return true;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("setenv(" + name + ") failed", t);
        }
    }

    /** The variable as native code sees it, or null (always null where the platform is not POSIX). */
    static String nativeValue(String name) {
        if (!POSIX) {
            return null;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = (MemorySegment) Libc.GETENV.invokeExact(arena.allocateFrom(name));
            return p.equals(MemorySegment.NULL) ? null : p.reinterpret(Long.MAX_VALUE).getString(0);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("getenv(" + name + ") failed", t);
        }
    }

    /** The C library's functions, looked up on first use. */
    private static final class Libc {
        private static final Linker LINKER = Linker.nativeLinker();
        static final MethodHandle SETENV = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("setenv"),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        static final MethodHandle GETENV = LINKER.downcallHandle(LINKER.defaultLookup().findOrThrow("getenv"),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    }
}
