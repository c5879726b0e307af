package io.technic.scanner.data.sim;

import io.technic.scanner.data.BarSource;
import io.technic.scanner.data.DataException;
import io.technic.scanner.model.BarColumns;
import io.technic.scanner.model.Market;
import io.technic.scanner.model.SymbolInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded simulated US equity market: deterministic from a {@link SimulationSpec}, with
 * realistic tickers and names, the 11 GICS sectors, log-normal market caps, fundamentals,
 * a factor structure with volatility clustering and fat tails, realistic volumes, IPOs, an index
 * series ({@value #INDEX_SYMBOL}) and weak planted predictability.
 *
 * <p><b>Universe.</b> Each company draws a sector (weights close to the US market: Health Care
 * and Information Technology 14-15 %, Utilities 3 %), an industry of that sector, a market cap
 * log-normal around 1.5 bn USD (log sd 1.8: micro caps of 20 m USD to mega caps over 1 tn USD),
 * beta around its sector's mean (Utilities 0.5 .. Information Technology 1.2), idiosyncratic
 * volatility falling with size (median 32 % a year, biotech 1.5 times), and fundamentals tied to
 * its sector and size: a latent profitability (correlated 0.35 with size) drives ROE and net
 * margin; small biotechs lose money (negative ROE and margins, P/E undefined); banks and insurers
 * have no gross margin (NaN); P/E rises with revenue growth; debt/equity is highest for
 * financials, utilities and real estate. 5 % of companies list during the period (a fifth of them
 * with fewer than 60 bars), so history filters matter. Tickers are 1-5 letters built from the
 * company's name, unique; symbols come out sorted by ticker.
 *
 * <p><b>Returns</b> (see {@link PathSimulator} for the exact equations): log return = planted
 * drift + beta * market factor + gamma * sector factor + idiosyncratic GARCH(1,1) noise with
 * Student-t(4) innovations + quarterly earnings gaps. The market factor (GARCH(1,1), 16 % a year,
 * drift 9 % a year) is the index's log return, so the index closes at {@code 4000 * exp(sum)}.
 *
 * <p><b>Planted predictability</b>, all small against daily noise (a one-standard-deviation
 * signal gives a per-stock daily Sharpe ratio of 0.02 or less), with {@code sigma} the company's
 * daily idiosyncratic volatility:
 * <ul>
 * <li>12-1 momentum: {@code +0.02 * sigma * MOM} per day, {@code MOM} = the log return from 252
 *     to 21 bars before the previous close, divided by {@code totalVol * sqrt(231)}, clipped to
 *     +-3;</li>
 * <li>one-month short-term reversal: {@code -0.015 * sigma * REV} per day, {@code REV} = the
 *     log return of the last 20 bars divided by {@code totalVol * sqrt(20)}, clipped to +-3;</li>
 * <li>low-volatility premium: {@code +1 bp} per day per standard deviation of minus log
 *     idiosyncratic volatility;</li>
 * <li>quality: {@code +0.8 bp} per day per 8 % of ROE above the sector's median.</li>
 * </ul>
 * On the default universe the per-date Spearman correlation of the raw 12-1 return with the next
 * five days' return in excess of the index averages about 0.04 (t-stat near 10 over 100
 * non-overlapping dates), and a rank blend of the four signals about 0.045; see
 * {@code SimulatedMarketPredictabilityTest}.
 *
 * <p><b>Determinism and speed.</b> The calendar, the factors and the companies come from
 * streams derived from the seed; each company's bars come from its own stream
 * ({@code SplittableRandom} seeded from (seed, company index)), so symbols are generated in
 * parallel, straight into the flat columns, and the arrays are bit-identical for any thread count.
 * {@link Market#dataVersion()} is {@code "sim-v1:" + spec} and changes whenever the model does.
 * Thread-safe: every {@link #load()} builds a new market.
 */
public final class SimulatedMarket implements BarSource {

    /** The index symbol. */
    public static final String INDEX_SYMBOL = "SPX-SIM";
    /** Bump when the model changes, so caches keyed on the data version drop old results. */
    static final String MODEL_VERSION = "sim-v1";

    private static final int CHUNK = 64;

    private final SimulationSpec spec;
    private final int threads;

    /** The default market ({@link SimulationSpec#defaults()}). */
    public SimulatedMarket() {
        this(SimulationSpec.defaults());
    }

    /** A market using every available processor. */
    public SimulatedMarket(SimulationSpec spec) {
        this(spec, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param threads threads to generate with (the result does not depend on it)
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public SimulatedMarket(SimulationSpec spec, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.spec = Objects.requireNonNull(spec, "spec");
        this.threads = threads;
    }

    public SimulationSpec spec() {
        return spec;
    }

    @Override
    public String describe() {
        return spec.describe();
    }

    /** The data version of the market {@code spec} generates. */
    public static String dataVersion(SimulationSpec spec) {
        return MODEL_VERSION + ":" + spec.describe().substring("sim:".length());
    }

    @Override
    public Market load() {
        int sessions = spec.bars();
        int[] days = TradingCalendar.sessionsEndingOn(spec.end(), sessions);
        Factors factors = new Factors(spec.seed(), sessions);
        CompanyGenerator gen = new CompanyGenerator(spec.seed(), sessions, Factors.MARKET_VOL, factors.sectorVol);
        Company[] companies = new Company[spec.symbols()];
        for (int i = 0; i < companies.length; i++) {
            companies[i] = gen.next(i);
        }
        Arrays.sort(companies, Comparator.comparing(Company::symbol));

        int[] offsets = new int[companies.length + 1];
        for (int s = 0; s < companies.length; s++) {
            offsets[s + 1] = offsets[s] + sessions - companies[s].start();
        }
        int total = offsets[companies.length];
        int[] day = new int[total];
        double[] open = new double[total];
        double[] high = new double[total];
        double[] low = new double[total];
        double[] close = new double[total];
        double[] volume = new double[total];
        forEachChunk((companies.length + CHUNK - 1) / CHUNK, chunk -> {
            PathSimulator sim = new PathSimulator(factors, sessions);
            for (int s = chunk * CHUNK; s < Math.min(companies.length, (chunk + 1) * CHUNK); s++) {
                sim.simulate(companies[s], offsets[s], days, day, open, high, low, close, volume);
            }
        });
        BarColumns bars = new BarColumns(offsets, day, open, high, low, close, volume);

        List<SymbolInfo> infos = new ArrayList<>(companies.length);
        for (int s = 0; s < companies.length; s++) {
            Company c = companies[s];
            double cap = c.marketCap0() / c.price0() * close[offsets[s + 1] - 1];
            infos.add(new SymbolInfo(c.symbol(), c.name(), Sector.ALL.get(c.sector()).name(), c.industry(),
                    Math.rint(cap), c.fundamentals()));
        }
        return new Market(describe(), dataVersion(spec), infos, bars, index(factors, days), List.of());
    }

    /** The index: closes at 4000 * exp(cumulative market factor), with its own gaps, range and volume. */
    private BarColumns index(Factors f, int[] days) {
        int n = days.length;
        SplittableRandom rnd = new SplittableRandom(Seeds.mix(spec.seed(), -100));
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double lp = StrictMath.log(4000);
        double u = 0;
        for (int t = 0; t < n; t++) {
            double r = f.market[t];
            double sd = Math.sqrt(f.marketVar[t]);
            double gap = 0.3 * r + Math.sqrt(0.21) * sd * rnd.nextGaussian();
            double op = StrictMath.exp(lp + gap);
            lp += r;
            double cl = StrictMath.exp(lp);
            double ext = 0.4 * sd;
            o[t] = PathSimulator.tick(op);
            c[t] = PathSimulator.tick(cl);
            h[t] = Math.max(PathSimulator.tick(Math.max(op, cl) * (1 + ext * rnd.nextExponential())), Math.max(o[t], c[t]));
            l[t] = Math.min(PathSimulator.tick(Math.min(op, cl) / (1 + ext * rnd.nextExponential())), Math.min(o[t], c[t]));
            u = 0.7 * u + 0.2 * rnd.nextGaussian();
            v[t] = Math.rint(3.5e9 * StrictMath.exp(0.25 * (Math.abs(r) / Factors.MARKET_VOL - 0.8) + u)
                    * Math.sqrt(sd / Factors.MARKET_VOL));
        }
        return new BarColumns(new int[] {0, n}, days.clone(), o, h, l, c, v);
    }

    private void forEachChunk(int chunks, java.util.function.IntConsumer task) {
        if (threads == 1 || chunks == 1) {
            for (int k = 0; k < chunks; k++) {
                task.accept(k);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger names = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, chunks), r -> {
            Thread t = new Thread(r, "technic-sim-" + names.incrementAndGet());
            t.setDaemon(true);
            return t;
        })) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < Math.min(threads, chunks); w++) {
                workers.add(pool.submit(() -> {
                    for (int k = next.getAndIncrement(); k < chunks; k = next.getAndIncrement()) {
                        task.accept(k);
                    }
                }));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataException("interrupted while simulating", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("simulation failed", e.getCause());
        }
    }
}
