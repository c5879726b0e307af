package io.technic.scanner.score.options;

import io.technic.scanner.model.Regime;

import io.technic.scanner.score.options.OptionLeg.Action;
import io.technic.scanner.score.options.OptionLeg.Instrument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Suggests an option structure for a symbol from its view, its volatility percentile and
 * the market regime, and values it with {@link BlackScholes} using the symbol's annualised
 * realised volatility as the implied-volatility proxy. Nothing here sees an options chain:
 * every idea carries {@link #LABEL}.
 *
 * <p>Volatility is <em>high</em> when the symbol's realised-volatility percentile within the
 * universe is {@code >= 0.5} (premium is rich: prefer selling it or spreading it), <em>low</em>
 * below (premium is cheap: prefer buying it).
 *
 * <table>
 *   <caption>Decision table</caption>
 *   <tr><th>view</th><th>regime</th><th>low vol (&lt; 0.5)</th><th>high vol (&ge; 0.5)</th></tr>
 *   <tr><td>BULLISH</td><td>BULL_QUIET</td><td>LONG_CALL</td><td>CASH_SECURED_PUT</td></tr>
 *   <tr><td>BULLISH</td><td>BULL_VOLATILE, NEUTRAL</td><td>LONG_CALL</td><td>BULL_CALL_SPREAD</td></tr>
 *   <tr><td>BULLISH</td><td>BEAR_QUIET, BEAR_VOLATILE</td><td>BULL_CALL_SPREAD</td><td>BULL_CALL_SPREAD</td></tr>
 *   <tr><td>NEUTRAL</td><td>BULL_QUIET, BULL_VOLATILE, NEUTRAL</td><td>NONE</td><td>COVERED_CALL</td></tr>
 *   <tr><td>NEUTRAL</td><td>BEAR_QUIET, BEAR_VOLATILE</td><td>COLLAR</td><td>COLLAR</td></tr>
 *   <tr><td>BEARISH</td><td>BULL_QUIET, BULL_VOLATILE, NEUTRAL</td><td>BEAR_PUT_SPREAD</td><td>BEAR_PUT_SPREAD</td></tr>
 *   <tr><td>BEARISH</td><td>BEAR_QUIET, BEAR_VOLATILE</td><td>LONG_PUT</td><td>BEAR_CALL_SPREAD</td></tr>
 * </table>
 * Why: a bullish view buys cheap premium outright and, when premium is rich, either sells a put
 * (only in a calm uptrend, where assignment is least likely to hurt) or caps the cost with a
 * spread. Bear regimes move every idea to defined risk (spreads, a collar around the shares).
 * A bearish view against the index trend uses a debit spread; with the trend, a put when
 * premium is cheap and a credit call spread when it is rich. A neutral view only has an edge
 * selling rich premium (covered call), or protecting shares in a bear regime (collar).
 *
 * <p>Strikes, with {@code S} the close and {@code m = S × σ × √(days/365)} the one-sigma move
 * to expiry: ATM is {@code S} rounded to the strike increment; "up x" is {@code S + x} rounded
 * but at least one increment above ATM; "down x" is {@code S − x} rounded but at least one
 * increment below ATM and at least one increment above 0. Increments follow listed US equity
 * options: 0.5 below 25 USD, 1 below 200, 5 from 200 (of the close, for every leg).
 * <ul>
 *   <li>LONG_CALL: buy call ATM. LONG_PUT: buy put ATM.</li>
 *   <li>BULL_CALL_SPREAD: buy call ATM, sell call up m. BEAR_PUT_SPREAD: buy put ATM, sell put
 *       down m. BEAR_CALL_SPREAD: sell call ATM, buy call up m.</li>
 *   <li>CASH_SECURED_PUT: sell put down m/2. COVERED_CALL: buy stock, sell call up m/2.
 *       COLLAR: buy stock, buy put down m, sell call up m.</li>
 * </ul>
 *
 * <p>Arithmetic per share at expiry price {@code X}: payoff
 * {@code Σ ±legPayoff(X) − netDebit}; max gain and max loss are its extremes over
 * {@code X ≥ 0} (piecewise linear, so they sit at 0, at a strike or at infinity), the breakeven
 * its lowest root. Time to expiry is calendar days / 365 (252 trading days make the same year
 * as 365 calendar days, so the realised volatility needs no rescaling). Stateless and
 * thread-safe.
 */
public final class OptionIdeas {

    /** The label on every idea. */
    public static final String LABEL =
            "ESTIMATE: Black-Scholes values from realized volatility as an IV proxy, not market quotes";

    /** Volatility percentile at and above which premium counts as rich. */
    public static final double HIGH_VOL_PERCENTILE = 0.5;

    private OptionIdeas() {}

    /**
     * An idea with the default horizon (30 calendar days), rate (4 %) and no dividend.
     *
     * @see #suggest(String, double, double, double, Regime.Name, View, IdeaSpec)
     */
    public static OptionIdea suggest(String symbol, double close, double annualVol, double volPercentile,
                                     Regime.Name regime, View view) {
        return suggest(symbol, close, annualVol, volPercentile, regime, view, IdeaSpec.DEFAULT);
    }

    /**
     * Chooses a structure from the decision table, places its strikes and values it.
     *
     * @param symbol        ticker
     * @param close         last close, USD, {@code > 0}
     * @param annualVol     annualised realised volatility (fraction, the IV proxy), {@code > 0}
     * @param volPercentile the symbol's volatility percentile within the universe, in [0, 1]
     * @param regime        market regime
     * @param view          directional view
     * @param spec          horizon and rates
     * @throws IllegalArgumentException naming the field when a number is NaN, infinite or out of range
     * @throws NullPointerException     if an object argument is null
     */
    public static OptionIdea suggest(String symbol, double close, double annualVol, double volPercentile,
                                     Regime.Name regime, View view, IdeaSpec spec) {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(spec, "spec");
        BlackScholes.positive("close", close);
        BlackScholes.positive("annualVol", annualVol);
        if (!(volPercentile >= 0 && volPercentile <= 1)) {
            throw new IllegalArgumentException("volPercentile must be in [0, 1]: " + volPercentile);
        }
        boolean highVol = volPercentile >= HIGH_VOL_PERCENTILE;
        Structure structure = choose(view, regime, highVol);
        double move = close * annualVol * Math.sqrt(spec.years());

        Pricer p = new Pricer(close, annualVol, spec);
        double atm = p.round(close);
        List<OptionLeg> legs = switch (structure) {
            case LONG_CALL -> List.of(p.option(Action.BUY, Instrument.CALL, atm));
            case LONG_PUT -> List.of(p.option(Action.BUY, Instrument.PUT, atm));
            case BULL_CALL_SPREAD -> List.of(p.option(Action.BUY, Instrument.CALL, atm),
                    p.option(Action.SELL, Instrument.CALL, p.up(move)));
            case BEAR_PUT_SPREAD -> List.of(p.option(Action.BUY, Instrument.PUT, atm),
                    p.option(Action.SELL, Instrument.PUT, p.down(move)));
            case BEAR_CALL_SPREAD -> List.of(p.option(Action.SELL, Instrument.CALL, atm),
                    p.option(Action.BUY, Instrument.CALL, p.up(move)));
            case CASH_SECURED_PUT -> List.of(p.option(Action.SELL, Instrument.PUT, p.down(move / 2)));
            case COVERED_CALL -> List.of(p.stock(), p.option(Action.SELL, Instrument.CALL, p.up(move / 2)));
            case COLLAR -> List.of(p.stock(), p.option(Action.BUY, Instrument.PUT, p.down(move)),
                    p.option(Action.SELL, Instrument.CALL, p.up(move)));
            case NONE -> List.of();
        };
        return assemble(symbol, structure, rationale(view, regime, highVol, structure), close, annualVol,
                volPercentile, regime, view, spec.horizonDays(), move, legs);
    }

    /** The decision table of the class documentation. */
    static Structure choose(View view, Regime.Name regime, boolean highVol) {
        boolean bear = regime.isBear();
        return switch (view) {
            case BULLISH -> bear ? Structure.BULL_CALL_SPREAD
                    : !highVol ? Structure.LONG_CALL
                    : regime == Regime.Name.BULL_QUIET ? Structure.CASH_SECURED_PUT
                    : Structure.BULL_CALL_SPREAD;
            case NEUTRAL -> bear ? Structure.COLLAR : highVol ? Structure.COVERED_CALL : Structure.NONE;
            case BEARISH -> !bear ? Structure.BEAR_PUT_SPREAD
                    : highVol ? Structure.BEAR_CALL_SPREAD : Structure.LONG_PUT;
        };
    }

    /**
     * Percentile rank of {@code vol} among {@code universeVols}: {@code (#below + ½ #equal) / n}
     * over the finite values, in [0, 1]; 0.5 when the universe has no finite value.
     *
     * @throws IllegalArgumentException if {@code vol} is NaN
     */
    public static double volPercentile(double[] universeVols, double vol) {
        if (Double.isNaN(vol)) {
            throw new IllegalArgumentException("vol is NaN");
        }
        int n = 0;
        double rank = 0;
        for (double v : universeVols) {
            if (Double.isFinite(v)) {
                n++;
                rank += v < vol ? 1 : v == vol ? 0.5 : 0;
            }
        }
        return n == 0 ? 0.5 : rank / n;
    }

    /** Strike increment of listed US equity options at a price level. */
    public static double strikeIncrement(double price) {
        return price < 25 ? 0.5 : price < 200 ? 1 : 5;
    }

    private static String rationale(View view, Regime.Name regime, boolean highVol, Structure s) {
        return view + " view, " + regime + " regime, " + (highVol ? "high" : "low")
                + " volatility percentile -> " + s;
    }

    private static OptionIdea assemble(String symbol, Structure structure, String rationale, double close,
                                       double vol, double volPercentile, Regime.Name regime, View view,
                                       int days, double move, List<OptionLeg> legs) {
        if (legs.isEmpty()) {
            return new OptionIdea(symbol, structure, rationale, close, vol, volPercentile, regime, view, days,
                    move, 100 * move / close, legs, 0, Double.NaN, Double.NaN, Double.NaN, 0, LABEL);
        }
        double debit = 0;
        double delta = 0;
        int slope = 0; // d payoff / dX beyond the highest strike
        List<Double> kinks = new ArrayList<>();
        kinks.add(0.0);
        for (OptionLeg leg : legs) {
            int sign = leg.action().sign();
            debit += sign * leg.price();
            delta += sign * leg.delta();
            if (leg.instrument() != Instrument.PUT) {
                slope += sign;
            }
            if (leg.instrument() != Instrument.STOCK) {
                kinks.add(leg.strike());
            }
        }
        double[] x = kinks.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
        OptionIdea draft = new OptionIdea(symbol, structure, rationale, close, vol, volPercentile, regime, view,
                days, move, 100 * move / close, legs, debit, 0, 0, 0, delta, LABEL);
        double[] pay = Arrays.stream(x).map(draft::payoffAt).toArray();
        double hi = Arrays.stream(pay).max().orElseThrow();
        double lo = Arrays.stream(pay).min().orElseThrow();
        double maxGain = slope > 0 ? Double.POSITIVE_INFINITY : hi;
        double maxLoss = slope < 0 ? Double.POSITIVE_INFINITY : Math.max(0, -lo);
        return new OptionIdea(symbol, structure, rationale, close, vol, volPercentile, regime, view, days, move,
                100 * move / close, legs, debit, maxLoss, maxGain, breakeven(x, pay, slope), delta, LABEL);
    }

    /** Lowest root of the piecewise-linear payoff through (x[i], pay[i]) with {@code slope} after the last. */
    static double breakeven(double[] x, double[] pay, int slope) {
        for (int i = 0; i < x.length; i++) {
            if (pay[i] == 0) {
                return x[i];
            }
            if (i + 1 < x.length && (pay[i] < 0) != (pay[i + 1] < 0) && pay[i + 1] != 0) {
                return x[i] + (x[i + 1] - x[i]) * pay[i] / (pay[i] - pay[i + 1]);
            }
        }
        double last = pay[pay.length - 1];
        if (slope != 0 && (last < 0) == (slope > 0)) {
            return x[x.length - 1] - last / slope;
        }
        return Double.NaN;
    }

    /** Strike placement and Black–Scholes valuation for one idea. */
    private record Pricer(double close, double vol, IdeaSpec spec) {

        double increment() {
            return strikeIncrement(close);
        }

        double round(double price) {
            double inc = increment();
            return Math.max(inc, Math.round(price / inc) * inc);
        }

        double up(double distance) {
            return Math.max(round(close + distance), round(close) + increment());
        }

        double down(double distance) {
            return Math.max(Math.min(round(close - distance), round(close) - increment()), increment());
        }

        OptionLeg option(Action action, Instrument instrument, double strike) {
            OptionType type = instrument == Instrument.CALL ? OptionType.CALL : OptionType.PUT;
            double years = spec.years();
            return new OptionLeg(action, instrument, strike,
                    BlackScholes.price(type, close, strike, years, vol, spec.rate(), spec.dividendYield()),
                    BlackScholes.delta(type, close, strike, years, vol, spec.rate(), spec.dividendYield()));
        }

        OptionLeg stock() {
            return new OptionLeg(Action.BUY, Instrument.STOCK, Double.NaN, close, 1);
        }
    }
}
