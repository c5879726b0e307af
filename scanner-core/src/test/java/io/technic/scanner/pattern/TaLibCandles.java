package io.technic.scanner.pattern;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * TA-Lib's Java port of a CDL function, found by its TA-Lib name. The port spells three names
 * its own way; functions with a penetration get TA-Lib's own default (its "use the default"
 * value), so the registry's defaults are held to TA-Lib's.
 */
record TaLibCandles(String taLibName, Method function, Method lookbackMethod) {

    static final Core TA = new Core();

    /** TA-Lib's "default" sentinel for real optional inputs (TA_REAL_DEFAULT). */
    private static final double TA_DEFAULT = -4e37;

    private static final Map<String, String> PORT_SPELLING = Map.of(
            "CDLHIGHWAVE", "cdlHignWave",
            "CDLSEPARATINGLINES", "cdlSeperatingLines",
            "CDLSTICKSANDWICH", "cdlStickSandwhich");

    /** The port's function for a TA-Lib name, if it has one. */
    static Optional<TaLibCandles> of(String taLibName) {
        String wanted = PORT_SPELLING.getOrDefault(taLibName, taLibName).toLowerCase(Locale.ROOT);
        Method function = null;
        Method lookback = null;
        for (Method m : Core.class.getMethods()) {
            String n = m.getName().toLowerCase(Locale.ROOT);
            Class<?>[] p = m.getParameterTypes();
            if (n.equals(wanted) && p.length >= 9 && p[2] == double[].class && p[p.length - 1] == int[].class) {
                function = m;
            } else if (n.equals(wanted + "lookback")) {
                lookback = m;
            }
        }
        return function == null || lookback == null ? Optional.empty()
                : Optional.of(new TaLibCandles(taLibName, function, lookback));
    }

    int lookback() {
        Object[] args = lookbackMethod.getParameterCount() == 0 ? new Object[0] : new Object[] {TA_DEFAULT};
        return (Integer) invoke(lookbackMethod, args);
    }

    /** TA-Lib over the whole of the arrays, expanded to full length with 0 before its first output. */
    int[] run(double[] open, double[] high, double[] low, double[] close) {
        return run(open, high, low, close, TA_DEFAULT);
    }

    /** {@link #run} with an explicit penetration (ignored by functions without one). */
    int[] run(double[] open, double[] high, double[] low, double[] close, double penetration) {
        int n = close.length;
        int[] compact = new int[n];
        MInteger beg = new MInteger();
        MInteger nb = new MInteger();
        Object[] args = function.getParameterCount() == 9
                ? new Object[] {0, n - 1, open, high, low, close, beg, nb, compact}
                : new Object[] {0, n - 1, open, high, low, close, penetration, beg, nb, compact};
        RetCode rc = (RetCode) invoke(function, args);
        int[] full = new int[n];
        if (rc != RetCode.Success) {
            throw new AssertionError(taLibName + " returned " + rc);
        }
        System.arraycopy(compact, 0, full, beg.value, nb.value);
        if (nb.value > 0 && beg.value != lookback()) {
            throw new AssertionError(taLibName + " began at " + beg.value + ", lookback " + lookback());
        }
        Arrays.fill(full, 0, Math.min(n, beg.value), 0);
        return full;
    }

    private static Object invoke(Method m, Object[] args) {
        try {
            return m.invoke(TA, args);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
