package io.technic.scanner.data.sim;

import io.technic.scanner.model.Fundamentals;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws the companies of a simulated universe, one after another from one stream (so tickers
 * can be kept unique): ticker and name, sector and industry, log-normal size, beta, volatility,
 * turnover, listing date and fundamentals correlated with sector and size. Not thread-safe.
 */
final class CompanyGenerator {

    /** Median market cap (USD) and the standard deviation of its logarithm. */
    static final double MEDIAN_CAP = 1.5e9;
    static final double LOG_CAP_SD = 1.8;
    /** Median annualised idiosyncratic volatility and the sd of its log, for {@link Company#lowVolZ}. */
    static final double MEDIAN_IDIO_VOL = 0.32;
    static final double LOG_IDIO_VOL_SD = 0.40;
    /** Share of companies that list during the simulated period. */
    static final double IPO_SHARE = 0.05;

    private static final String[] ONSETS = {"b", "br", "c", "cl", "cr", "d", "dr", "f", "fl", "g", "gr", "h", "j",
        "k", "l", "m", "n", "p", "pr", "qu", "r", "s", "st", "t", "tr", "v", "w", "x", "z", "", ""};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "io", "y"};
    private static final String[] CODAS = {"", "", "n", "r", "l", "x", "s", "m", "nt", "rk", "st", "v"};
    private static final String[] ENDINGS = {"", "", "", "ix", "on", "a", "us", "ex", "ia", "ent", "ara", "ico", "is"};
    private static final String[] LEGAL = {"Inc.", "Corp.", "Holdings", "Group", "Co.", "plc", "Ltd.", "Inc.",
        "Corporation", "International"};

    private final SplittableRandom rnd;
    private final long seed;
    private final int bars;
    private final Set<String> tickers = new HashSet<>();
    private final double[] sectorCdf = new double[Sector.ALL.size()];
    private final double[] factorVol;
    private final double marketVol;

    CompanyGenerator(long seed, int bars, double marketVol, double[] factorVol) {
        this.rnd = new SplittableRandom(Seeds.mix(seed, 0x5EED_C0DEL));
        this.seed = seed;
        this.bars = bars;
        this.marketVol = marketVol;
        this.factorVol = factorVol;
        double total = 0;
        for (Sector s : Sector.ALL) {
            total += s.weight();
        }
        double acc = 0;
        for (int i = 0; i < sectorCdf.length; i++) {
            acc += Sector.ALL.get(i).weight() / total;
            sectorCdf[i] = acc;
        }
    }

    /** The {@code i}-th company (call with i = 0, 1, 2, ... in order). */
    Company next(int i) {
        int sector = pickSector();
        Sector sec = Sector.ALL.get(sector);
        String industry = sec.industries().get(rnd.nextInt(sec.industries().size()));
        String root = root();
        String symbol = ticker(root);
        String legal = LEGAL[rnd.nextInt(LEGAL.length)];
        String name = root + " " + sec.nameWords().get(rnd.nextInt(sec.nameWords().size()))
                + (legal.equals("Inc.") && rnd.nextInt(3) == 0 ? ", " : " ") + legal;

        double sizeZ = rnd.nextGaussian();
        double cap0 = MEDIAN_CAP * StrictMath.exp(LOG_CAP_SD * clip(sizeZ, -3.2, 3.6));
        double price0 = clip(30 * StrictMath.exp(0.35 * sizeZ + 0.8 * rnd.nextGaussian()), 1.5, 2500);
        double beta = clip(sec.beta() + 0.25 * rnd.nextGaussian() - 0.05 * sizeZ, 0.1, 2.8);
        double gamma = clip(1 + 0.3 * rnd.nextGaussian(), 0.2, 2.0);
        boolean biotech = industry.equals("Biotechnology");
        double annIdio = clip(MEDIAN_IDIO_VOL * sec.idioScale() * (biotech ? 1.5 : 1)
                * StrictMath.exp(-0.22 * sizeZ + 0.25 * rnd.nextGaussian()), 0.08, 1.1);
        double idio = annIdio / Math.sqrt(252);
        double lowVolZ = clip(-(StrictMath.log(annIdio) - StrictMath.log(MEDIAN_IDIO_VOL)) / LOG_IDIO_VOL_SD, -3, 3);
        double fv = factorVol[sector];
        double total = Math.sqrt(beta * beta * marketVol * marketVol + gamma * gamma * fv * fv + idio * idio);
        double turnover = clip(0.008 * StrictMath.exp(0.5 * rnd.nextGaussian() - 0.1 * sizeZ), 0.0005, 0.08);

        int start = 0;
        if (rnd.nextDouble() < IPO_SHARE && bars > 12) {
            int shortest = 10;
            int longest = bars - 1;
            int len = rnd.nextInt(5) == 0 ? shortest + rnd.nextInt(Math.max(1, Math.min(60, longest) - shortest + 1))
                    : Math.min(longest, 60) + rnd.nextInt(Math.max(1, longest - Math.min(longest, 60) + 1));
            start = bars - Math.min(len, longest);
        }
        int earnings = rnd.nextInt(63);

        double prof = 0.35 * Math.max(-2, Math.min(2, sizeZ)) + Math.sqrt(1 - 0.35 * 0.35) * rnd.nextGaussian();
        double loss = biotech ? 0.25 * (1 - clip(sizeZ, -1, 1)) : 0;
        double roe = round(clip(sec.roe() + 0.08 * prof - loss, -0.9, 0.7), 3);
        double net = round(clip(sec.netMargin() + 0.06 * prof - 1.5 * loss, -2.0, 0.55), 3);
        double gross = Double.isNaN(sec.grossMargin()) ? Double.NaN
                : clip(sec.grossMargin() + 0.08 * rnd.nextGaussian() + 0.03 * prof, 0.05, 0.95);
        double growth = clip(sec.growth() + 0.12 * rnd.nextGaussian() * (1 + 0.5 * Math.max(0, -sizeZ))
                + (biotech ? 0.15 * rnd.nextGaussian() : 0), -0.6, 2.5);
        double pe = net <= 0 || roe <= 0 ? Double.NaN
                : clip(sec.pe() * StrictMath.exp(0.35 * rnd.nextGaussian() + 1.2 * (growth - sec.growth())), 3, 250);
        double de = clip(sec.debtEquity() * StrictMath.exp(0.5 * rnd.nextGaussian()), 0, 8);
        double qualityZ = clip((roe - sec.roe()) / 0.08, -3, 3);
        Fundamentals f = new Fundamentals(round(pe, 1), roe, round(gross, 3), net,
                round(growth, 3), round(de, 2));
        return new Company(symbol, name, sector, industry, cap0, price0, beta, gamma, idio, total, lowVolZ, qualityZ,
                turnover, start, earnings, f, Seeds.mix(seed, i));
    }

    private int pickSector() {
        double u = rnd.nextDouble();
        for (int i = 0; i < sectorCdf.length; i++) {
            if (u < sectorCdf[i]) {
                return i;
            }
        }
        return sectorCdf.length - 1;
    }

    private String root() {
        while (true) {
            StringBuilder b = new StringBuilder();
            int syllables = rnd.nextInt(10) < 7 ? 2 : 3;
            for (int k = 0; k < syllables; k++) {
                b.append(ONSETS[rnd.nextInt(ONSETS.length)]).append(VOWELS[rnd.nextInt(VOWELS.length)]);
            }
            b.append(CODAS[rnd.nextInt(CODAS.length)]).append(ENDINGS[rnd.nextInt(ENDINGS.length)]);
            if (b.length() >= 4 && b.length() <= 11) {
                b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
                return b.toString();
            }
        }
    }

    /** A unique ticker made from the root's letters where possible, like real ones. */
    private String ticker(String root) {
        StringBuilder upper = new StringBuilder(root.length());
        for (int k = 0; k < root.length(); k++) {
            char ch = Character.toUpperCase(root.charAt(k));
            if (ch >= 'A' && ch <= 'Z') {
                upper.append(ch);
            }
        }
        String letters = upper.toString();
        double u = rnd.nextDouble();
        int len = u < 0.003 ? 1 : u < 0.04 ? 2 : u < 0.37 ? 3 : u < 0.92 ? 4 : 5;
        for (int attempt = 0; attempt < 24; attempt++) {
            int l = Math.min(5, len + attempt / 8);
            if (l > letters.length()) {
                break;
            }
            StringBuilder t = new StringBuilder().append(letters.charAt(0));
            int need = l - 1;
            for (int p = 1; p < letters.length() && need > 0; p++) {
                // an ordered random subset: take letter p with probability need / remaining
                if (rnd.nextInt(letters.length() - p) < need) {
                    t.append(letters.charAt(p));
                    need--;
                }
            }
            if (tickers.add(t.toString())) {
                return t.toString();
            }
        }
        while (true) {
            StringBuilder t = new StringBuilder();
            int l = 3 + rnd.nextInt(3);
            for (int k = 0; k < l; k++) {
                t.append((char) ('A' + rnd.nextInt(26)));
            }
            if (tickers.add(t.toString())) {
                return t.toString();
            }
        }
    }

    static double clip(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    private static double round(double x, int decimals) {
        double p = StrictMath.pow(10, decimals);
        return Double.isNaN(x) ? x : Math.rint(x * p) / p;
    }
}
