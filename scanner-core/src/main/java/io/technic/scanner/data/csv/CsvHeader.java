package io.technic.scanner.data.csv;

import io.technic.scanner.data.DataException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The columns of a bar file, recognised from its header line (case-insensitive):
 * the long format {@code symbol,date,open,high,low,close,volume}, Yahoo's
 * {@code Date,Open,High,Low,Close,Adj Close,Volume}, Stooq's {@code Date,Open,High,Low,Close,Volume}
 * and {@code <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>}.
 * Columns may come in any order; known extra columns ({@code Adj Close}, {@code <PER>},
 * {@code <TIME>}, {@code <OPENINT>}, yfinance's {@code Dividends}, {@code Stock Splits},
 * {@code Capital Gains}) are ignored, and any other column makes the header unknown. Immutable.
 */
final class CsvHeader {

    static final int SYMBOL = 0;
    static final int DATE = 1;
    static final int OPEN = 2;
    static final int HIGH = 3;
    static final int LOW = 4;
    static final int CLOSE = 5;
    static final int VOLUME = 6;
    static final String[] FIELD = {"symbol", "date", "open", "high", "low", "close", "volume"};

    /** What the header says the file looks like, for messages and {@link DataQuality}. */
    final String format;
    /** Number of columns on every line. */
    final int columns;
    /** Column index of each role ({@link #SYMBOL} .. {@link #VOLUME}); -1 for no symbol column. */
    final int[] column;
    /** Whether symbol values carry a Stooq market suffix ({@code AAPL.US}) to strip. */
    final boolean stooqTickers;

    private CsvHeader(String format, int columns, int[] column, boolean stooqTickers) {
        this.format = format;
        this.columns = columns;
        this.column = column;
        this.stooqTickers = stooqTickers;
    }

    boolean hasSymbol() {
        return column[SYMBOL] >= 0;
    }

    /**
     * Recognises the header line {@code buf[from, to)}.
     *
     * @throws DataException naming the file and the header it saw, if a required column
     *                       (date, open, high, low, close, volume) is missing or repeated
     */
    static CsvHeader detect(byte[] buf, int from, int to, String file) {
        String line = FieldParser.text(buf, from, to);
        String[] names = line.split(",", -1);
        int[] column = new int[FIELD.length];
        Arrays.fill(column, -1);
        boolean adjClose = false;
        boolean stooq = false;
        for (int i = 0; i < names.length; i++) {
            String n = names[i].strip().toLowerCase(Locale.ROOT);
            if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
                n = n.substring(1, n.length() - 1).strip();
            }
            if (n.startsWith("<") && n.endsWith(">")) {
                stooq = true;
            }
            int role = switch (n) {
                case "symbol", "ticker", "<ticker>" -> SYMBOL;
                case "date", "<date>" -> DATE;
                case "open", "<open>" -> OPEN;
                case "high", "<high>" -> HIGH;
                case "low", "<low>" -> LOW;
                case "close", "<close>" -> CLOSE;
                case "volume", "vol", "<vol>" -> VOLUME;
                case "adj close", "adj_close", "adjclose" -> {
                    adjClose = true;
                    yield -1;
                }
                case "<per>", "<time>", "<openint>", "openint", "dividends", "stock splits",
                     "capital gains" -> -1;
                default -> -2;
            };
            if (role == -2) {
                throw unknown(file, line, "unknown column '" + names[i].strip() + "'");
            }
            if (role >= 0) {
                if (column[role] >= 0) {
                    throw unknown(file, line, "column '" + FIELD[role] + "' appears twice");
                }
                column[role] = i;
            }
        }
        for (int role = DATE; role <= VOLUME; role++) {
            if (column[role] < 0) {
                throw unknown(file, line, "no '" + FIELD[role] + "' column");
            }
        }
        String format = stooq ? "stooq" : adjClose ? "yahoo" : column[SYMBOL] >= 0 ? "long" : "ohlcv";
        return new CsvHeader(format, names.length, column, stooq);
    }

    private static DataException unknown(String file, String header, String why) {
        return new DataException(file + ": unrecognised header '" + header + "' (" + why + "); expected "
                + "symbol,date,open,high,low,close,volume or Date,Open,High,Low,Close[,Adj Close],Volume "
                + "or <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>");
    }

    /**
     * Turns a file name or a ticker field into a symbol: upper case, without a {@code .gz},
     * {@code .csv} or {@code .txt} extension and without a Stooq market suffix such as {@code .us}.
     */
    static String symbolOf(String name) {
        String s = name;
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            s = s.substring(0, s.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            s = s.substring(0, s.length() - 4);
            lower = lower.substring(0, lower.length() - 4);
        }
        for (String market : STOOQ_MARKETS) {
            if (lower.endsWith(market) && lower.length() > market.length()) {
                s = s.substring(0, s.length() - market.length());
                break;
            }
        }
        return s.strip().toUpperCase(Locale.ROOT);
    }

    private static final String[] STOOQ_MARKETS = {".us", ".uk", ".de", ".jp", ".hk", ".hu", ".pl"};
}
