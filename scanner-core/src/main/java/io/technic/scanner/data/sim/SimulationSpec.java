package io.technic.scanner.data.sim;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to simulate: a universe of {@code symbols} US-style stocks with up to {@code bars} daily
 * sessions (weekdays without NYSE holidays) ending on or just before {@code end}, all drawn
 * deterministically from {@code seed}.
 *
 * @param seed    the only source of randomness; the same spec gives bit-identical markets
 * @param symbols number of stocks, 1 .. 100,000 (the index comes on top)
 * @param bars    sessions in the calendar, 2 .. 20,000; IPO symbols have fewer
 * @param end     the last session, or the last one before it when {@code end} is no session
 */
public record SimulationSpec(long seed, int symbols, int bars, LocalDate end) {

    /** The default seed. */
    public static final long DEFAULT_SEED = 42;
    /** The default universe size. */
    public static final int DEFAULT_SYMBOLS = 6_000;
    /** The default history: three years of sessions. */
    public static final int DEFAULT_BARS = 756;
    /** The default last session, a Friday (fixed so that tests and caches are stable). */
    public static final LocalDate DEFAULT_END = LocalDate.of(2026, 11, 20);

    /**
     * @throws IllegalArgumentException if {@code symbols} or {@code bars} is out of range
     * @throws NullPointerException     if {@code end} is null
     */
    public SimulationSpec {
        if (symbols < 1 || symbols > 100_000) {
            throw new IllegalArgumentException("symbols must be in 1..100000, was " + symbols);
        }
        if (bars < 2 || bars > 20_000) {
            throw new IllegalArgumentException("bars must be in 2..20000, was " + bars);
        }
        Objects.requireNonNull(end, "end");
    }

    /** Seed 42, 6,000 symbols, 756 bars ending 2026-11-20. */
    public static SimulationSpec defaults() {
        return new SimulationSpec(DEFAULT_SEED, DEFAULT_SYMBOLS, DEFAULT_BARS, DEFAULT_END);
    }

    /** The same spec with another seed. */
    public SimulationSpec withSeed(long newSeed) {
        return new SimulationSpec(newSeed, symbols, bars, end);
    }

    /** The same spec with another universe size. */
    public SimulationSpec withSymbols(int n) {
        return new SimulationSpec(seed, n, bars, end);
    }

    /** The same spec with another history length. */
    public SimulationSpec withBars(int n) {
        return new SimulationSpec(seed, symbols, n, end);
    }

    /** {@code sim:seed=42,symbols=6000,bars=756,end=2026-11-20}. */
    public String describe() {
        return "sim:seed=" + seed + ",symbols=" + symbols + ",bars=" + bars + ",end=" + end;
    }
}
