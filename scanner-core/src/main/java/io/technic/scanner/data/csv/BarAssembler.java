package io.technic.scanner.data.csv;

import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.SkipReason;
import io.technic.scanner.model.SkippedSymbol;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns parsed {@link RowChunk}s (in file order) into per-symbol columns: groups each symbol's
 * rows (regrouping interleaved files), sorts unsorted dates, drops identical duplicate rows and
 * weekend rows, rejects symbols with a row problem or conflicting duplicates, and notes long
 * calendar gaps and zero volumes. Symbols come out in order of first appearance. Not thread-safe.
 */
final class BarAssembler {

    /** Calendar gaps longer than this many days are reported (a week plus a holiday is normal). */
    static final int LONG_GAP_DAYS = 10;

    /** A problem at a place in the input, ordered by place; strict mode throws the first. */
    record Issue(int file, int line, String message) implements Comparable<Issue> {
        @Override
        public int compareTo(Issue o) {
            return file != o.file ? Integer.compare(file, o.file) : Integer.compare(line, o.line);
        }
    }

    /** Counters for {@link DataQuality}. */
    static final class Tally {
        long lines;
        int repairedBars;
        int sortedSymbols;
        int regroupedFiles;
        int duplicateRowsDropped;
        int weekendRowsDropped;
        int missingRowsDropped;
        int ignoredLines;
        int zeroVolumeBars;
        int longGaps;
    }

    /** The assembled block. */
    record Result(List<String> symbols, BarColumns bars, List<SkippedSymbol> skipped, List<Issue> issues,
                  List<String> warnings) {}

    private static final class Sym {
        final String name;
        String problem;
        int problemFile;
        int problemLine;
        int repairs;
        String repair;
        int missingRows;
        String missingAt;
        int count;
        int start = -1;
        int lastRunFile = -1;
        int firstFile = -1;
        int otherFile = -1;
        final List<String> warnings = new ArrayList<>(2);

        Sym(String name) {
            this.name = name;
        }
    }

    private final List<String> fileNames;
    final Tally tally = new Tally();
    private final List<Issue> issues = new ArrayList<>();
    private final List<String> fileWarnings = new ArrayList<>();
    private final List<Sym> syms = new ArrayList<>();

    // grouped rows, symbol-major
    private int[] day;
    private int[] line;
    private int[] file;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private boolean[] drop;

    BarAssembler(List<String> fileNames) {
        this.fileNames = fileNames;
    }

    private record FileProblem(String symbol, int file, String message) {}

    private final List<FileProblem> fileProblems = new ArrayList<>();

    /** Adds a symbol whose whole file is unusable (empty, header only); call before {@link #assemble}. */
    void rejectFile(String symbol, int fileIndex, String message) {
        fileProblems.add(new FileProblem(symbol, fileIndex, message));
    }

    Result assemble(List<RowChunk> chunks) {
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> maps = new ArrayList<>(chunks.size());
        for (RowChunk ch : chunks) {
            tally.lines += ch.lines;
            int[] map = new int[ch.symbols.size()];
            for (int l = 0; l < map.length; l++) {
                RowChunk.Notes n = ch.symbols.get(l);
                Sym s = sym(ids, n.symbol);
                map[l] = ids.get(n.symbol);
                if (s.problem == null && n.problem != null) {
                    s.problem = n.problemLine > 0 ? n.problem + " at " + at(ch.file, ch.lineBase + n.problemLine)
                            : n.problem;
                    s.problemFile = ch.file;
                    s.problemLine = ch.lineBase + n.problemLine;
                }
                if (s.repair == null && n.repair != null) {
                    s.repair = n.repair + " at " + at(ch.file, ch.lineBase + n.repairLine);
                }
                s.repairs += n.repairs;
                if (s.missingAt == null && n.missingRows > 0) {
                    s.missingAt = at(ch.file, ch.lineBase + n.missingLine);
                }
                s.missingRows += n.missingRows;
            }
            maps.add(map);
            for (RowChunk.LineNote u : ch.unattributed) {
                String msg = u.message() + " at " + at(ch.file, ch.lineBase + u.line());
                issues.add(new Issue(ch.file, ch.lineBase + u.line(), msg));
                fileWarnings.add(msg + "; line ignored");
                tally.ignoredLines++;
            }
        }
        for (FileProblem fp : fileProblems) {
            Sym s = sym(ids, fp.symbol());
            if (s.problem == null) {
                s.problem = fp.message();
                s.problemFile = fp.file();
                s.problemLine = 0;
            }
        }
        countRuns(chunks, maps);
        scatter(chunks, maps);
        return finish();
    }

    private Sym sym(Map<String, Integer> ids, String name) {
        Integer id = ids.get(name);
        if (id == null) {
            ids.put(name, syms.size());
            Sym s = new Sym(name);
            syms.add(s);
            return s;
        }
        return syms.get(id);
    }

    private void countRuns(List<RowChunk> chunks, List<int[]> maps) {
        int prev = -1;
        int prevFile = -1;
        int regroupFile = -1;
        for (int k = 0; k < chunks.size(); k++) {
            RowChunk ch = chunks.get(k);
            int[] map = maps.get(k);
            int[] sym = ch.sym;
            for (int i = 0; i < ch.size; i++) {
                int g = map[sym[i]];
                if (g == prev && ch.file == prevFile) {
                    syms.get(g).count++;
                    continue;
                }
                Sym s = syms.get(g);
                if (s.lastRunFile == ch.file && regroupFile != ch.file) {
                    regroupFile = ch.file;
                    tally.regroupedFiles++;
                    fileWarnings.add(fileNames.get(ch.file) + ": rows are not grouped by symbol (" + s.name
                            + " resumes at line " + (ch.lineBase + ch.line[i]) + "); regrouped");
                }
                if (s.firstFile < 0) {
                    s.firstFile = ch.file;
                } else if (s.firstFile != ch.file && s.otherFile < 0) {
                    s.otherFile = ch.file;
                }
                s.lastRunFile = ch.file;
                s.count++;
                prev = g;
                prevFile = ch.file;
            }
        }
    }

    private void scatter(List<RowChunk> chunks, List<int[]> maps) {
        int[] at = new int[syms.size()];
        int total = 0;
        for (int g = 0; g < syms.size(); g++) {
            Sym s = syms.get(g);
            if (s.problem == null) {
                s.start = total;
                at[g] = total;
                total += s.count;
            }
        }
        allocate(total);
        boolean[] rejected = new boolean[syms.size()];
        for (int g = 0; g < syms.size(); g++) {
            rejected[g] = syms.get(g).problem != null;
        }
        for (int k = 0; k < chunks.size(); k++) {
            RowChunk ch = chunks.get(k);
            int[] map = maps.get(k);
            for (int i = 0; i < ch.size; i++) {
                int g = map[ch.sym[i]];
                if (rejected[g]) {
                    continue;
                }
                int j = at[g]++;
                day[j] = ch.day[i];
                line[j] = ch.lineBase + ch.line[i];
                file[j] = ch.file;
                open[j] = ch.open[i];
                high[j] = ch.high[i];
                low[j] = ch.low[i];
                close[j] = ch.close[i];
                volume[j] = ch.volume[i];
            }
        }
    }

    private void allocate(int n) {
        day = new int[n];
        line = new int[n];
        file = new int[n];
        open = new double[n];
        high = new double[n];
        low = new double[n];
        close = new double[n];
        volume = new double[n];
        drop = new boolean[n];
    }

    private Result finish() {
        List<SkippedSymbol> skipped = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int[] keptCount = new int[syms.size()];
        int total = 0;
        for (int g = 0; g < syms.size(); g++) {
            Sym s = syms.get(g);
            if (s.start < 0) {
                skip(s, skipped, s.problemFile, s.problemLine, s.problem);
                continue;
            }
            keptCount[g] = check(s, s.start, s.start + s.count);
            if (keptCount[g] < 0) {
                skipped.add(new SkippedSymbol(s.name, SkipReason.BAD_DATA, s.problem));
                keptCount[g] = 0;
            } else if (keptCount[g] == 0) {
                String why = "no bars" + (s.missingRows > 0 ? " (" + s.missingRows + " rows without values, first at "
                        + s.missingAt + ")" : "") + " in " + fileNames.get(Math.max(0, s.firstFile));
                skip(s, skipped, Math.max(0, s.firstFile), 0, why);
            } else {
                names.add(s.name);
                total += keptCount[g];
                noteRepairs(s);
            }
        }
        BarColumns bars = compact(keptCount, total, names.size());
        List<String> warnings = new ArrayList<>(fileWarnings);
        for (Sym s : syms) {
            if (s.problem == null) {
                for (String w : s.warnings) {
                    warnings.add(s.name + ": " + w);
                }
            }
        }
        issues.sort(null);
        return new Result(names, bars, skipped, List.copyOf(issues), warnings);
    }

    private void skip(Sym s, List<SkippedSymbol> skipped, int f, int ln, String message) {
        s.problem = message;
        skipped.add(new SkippedSymbol(s.name, SkipReason.BAD_DATA, message));
        issues.add(new Issue(f, ln, message));
    }

    private void noteRepairs(Sym s) {
        if (s.repairs > 0) {
            tally.repairedBars += s.repairs;
            s.warnings.add(0, s.repairs + " bar(s) widened so high/low contain open and close (first: "
                    + s.repair + ")");
        }
        if (s.missingRows > 0) {
            tally.missingRowsDropped += s.missingRows;
            s.warnings.add(s.missingRows + " row(s) without any values dropped (first at " + s.missingAt + ")");
        }
        if (s.otherFile >= 0) {
            s.warnings.add("rows merged from " + fileNames.get(s.firstFile) + " and " + fileNames.get(s.otherFile));
        }
    }

    /** Checks one symbol's rows {@code [a, b)}: returns the bars kept, or -1 after setting a problem. */
    private int check(Sym s, int a, int b) {
        for (int i = a + 1; i < b; i++) {
            if (day[i] < day[i - 1]) {
                s.warnings.add("dates not in ascending order (first: " + date(i) + " at " + at(i) + " after "
                        + date(i - 1) + " at " + at(i - 1) + "); sorted");
                tally.sortedSymbols++;
                sort(a, b);
                break;
            }
        }
        int dups = 0;
        String firstDup = null;
        int last = a;
        for (int i = a + 1; i < b; i++) {
            if (day[i] != day[last]) {
                last = i;
            } else if (sameValues(i, last)) {
                drop[i] = true;
                if (dups++ == 0) {
                    firstDup = date(i) + " at " + at(last) + " and " + at(i);
                }
            } else {
                s.problem = "duplicate date " + date(i) + " with different values at " + at(last) + " and " + at(i);
                issues.add(new Issue(file[i], line[i], s.problem));
                return -1;
            }
        }
        if (dups > 0) {
            tally.duplicateRowsDropped += dups;
            s.warnings.add(dups + " identical duplicate row(s) dropped (first: " + firstDup + ")");
        }
        int weekend = 0;
        String firstWeekend = null;
        int kept = 0;
        int prevDay = Integer.MIN_VALUE;
        int gaps = 0;
        int longest = 0;
        String longestAt = null;
        int zero = 0;
        for (int i = a; i < b; i++) {
            if (drop[i]) {
                continue;
            }
            if (FieldParser.dayOfWeek(day[i]) >= 5) {
                drop[i] = true;
                if (weekend++ == 0) {
                    firstWeekend = date(i) + " (" + LocalDate.ofEpochDay(day[i]).getDayOfWeek() + ") at " + at(i);
                }
                continue;
            }
            if (prevDay != Integer.MIN_VALUE && day[i] - prevDay > LONG_GAP_DAYS) {
                gaps++;
                if (day[i] - prevDay > longest) {
                    longest = day[i] - prevDay;
                    longestAt = LocalDate.ofEpochDay(prevDay) + " to " + date(i) + " at " + at(i);
                }
            }
            if (volume[i] == 0) {
                zero++;
            }
            prevDay = day[i];
            kept++;
        }
        if (weekend > 0) {
            tally.weekendRowsDropped += weekend;
            s.warnings.add(weekend + " weekend row(s) dropped (first: " + firstWeekend + ")");
        }
        if (gaps > 0) {
            tally.longGaps += gaps;
            s.warnings.add(gaps + " calendar gap(s) longer than " + LONG_GAP_DAYS + " days kept (longest: "
                    + longest + " days, " + longestAt + ")");
        }
        tally.zeroVolumeBars += zero;
        return kept;
    }

    private boolean sameValues(int i, int j) {
        return open[i] == open[j] && high[i] == high[j] && low[i] == low[j] && close[i] == close[j]
                && volume[i] == volume[j];
    }

    /** Stable sort of {@code [a, b)} by date, moving every column. */
    private void sort(int a, int b) {
        int n = b - a;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) day[a + i] << 32) | i;
        }
        Arrays.sort(keys);
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = a + (int) (keys[i] & 0xffffffffL);
        }
        permute(day, perm, a);
        permute(line, perm, a);
        permute(file, perm, a);
        permute(open, perm, a);
        permute(high, perm, a);
        permute(low, perm, a);
        permute(close, perm, a);
        permute(volume, perm, a);
    }

    private static void permute(int[] x, int[] perm, int a) {
        int[] src = Arrays.copyOfRange(x, a, a + perm.length);
        for (int i = 0; i < perm.length; i++) {
            x[a + i] = src[perm[i] - a];
        }
    }

    private static void permute(double[] x, int[] perm, int a) {
        double[] src = Arrays.copyOfRange(x, a, a + perm.length);
        for (int i = 0; i < perm.length; i++) {
            x[a + i] = src[perm[i] - a];
        }
    }

    private BarColumns compact(int[] keptCount, int total, int symbols) {
        int[] offsets = new int[symbols + 1];
        if (total == day.length) {
            // nothing dropped or rejected (the usual case): the grouped arrays are the result
            int k = 0;
            for (int g = 0; g < syms.size(); g++) {
                if (keptCount[g] > 0) {
                    offsets[k + 1] = offsets[k] + keptCount[g];
                    k++;
                }
            }
            return new BarColumns(offsets, day, open, high, low, close, volume);
        }
        int[] d = new int[total];
        double[] o = new double[total];
        double[] h = new double[total];
        double[] l = new double[total];
        double[] c = new double[total];
        double[] v = new double[total];
        int out = 0;
        int k = 0;
        for (int g = 0; g < syms.size(); g++) {
            Sym s = syms.get(g);
            if (keptCount[g] > 0) {
                for (int i = s.start; i < s.start + s.count; i++) {
                    if (!drop[i]) {
                        d[out] = day[i];
                        o[out] = open[i];
                        h[out] = high[i];
                        l[out] = low[i];
                        c[out] = close[i];
                        v[out] = volume[i];
                        out++;
                    }
                }
                offsets[++k] = out;
            }
        }
        return new BarColumns(offsets, d, o, h, l, c, v);
    }

    private String date(int i) {
        return LocalDate.ofEpochDay(day[i]).toString();
    }

    private String at(int i) {
        return at(file[i], line[i]);
    }

    private String at(int f, int ln) {
        return fileNames.get(f) + ":" + ln;
    }
}
