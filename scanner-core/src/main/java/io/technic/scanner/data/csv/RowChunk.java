package io.technic.scanner.data.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows parsed from one byte range of one file, in file order, as growing primitive
 * columns, plus what was noticed per symbol. Line numbers are local to the range until
 * {@link #lineBase} is known. Confined to one thread until handed over.
 */
final class RowChunk {

    /** Per symbol seen in this range: the first problem, repairs and missing rows. */
    static final class Notes {
        final String symbol;
        int problemLine;       // local line of the first problem, 0 = none (or a whole-file problem)
        String problem;        // without location
        int repairs;
        int repairLine;
        String repair;
        int missingRows;
        int missingLine;

        Notes(String symbol) {
            this.symbol = symbol;
        }

        void problem(int line, String message) {
            if (problem == null) {
                problem = message;
                problemLine = line;
            }
        }
    }

    /** A line that could not be given to any symbol. */
    record LineNote(int line, String message) {}

    final int file;
    int lineBase;
    int lines;
    int size;
    int[] sym;
    int[] day;
    int[] line;
    double[] open;
    double[] high;
    double[] low;
    double[] close;
    double[] volume;
    final List<Notes> symbols = new ArrayList<>();
    final List<LineNote> unattributed = new ArrayList<>();

    RowChunk(int file, int capacity) {
        this.file = file;
        int cap = Math.max(16, capacity);
        sym = new int[cap];
        day = new int[cap];
        line = new int[cap];
        open = new double[cap];
        high = new double[cap];
        low = new double[cap];
        close = new double[cap];
        volume = new double[cap];
    }

    void add(int s, int d, int ln, double o, double h, double l, double c, double v) {
        if (size == day.length) {
            int cap = size * 2;
            sym = Arrays.copyOf(sym, cap);
            day = Arrays.copyOf(day, cap);
            line = Arrays.copyOf(line, cap);
            open = Arrays.copyOf(open, cap);
            high = Arrays.copyOf(high, cap);
            low = Arrays.copyOf(low, cap);
            close = Arrays.copyOf(close, cap);
            volume = Arrays.copyOf(volume, cap);
        }
        sym[size] = s;
        day[size] = d;
        line[size] = ln;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        size++;
    }
}
