package io.technic.scanner.score.options;

import java.util.Objects;

/**
 * One leg of an option idea, per share (a listed contract covers 100 shares).
 *
 * @param action     buy or sell
 * @param instrument call, put or the stock itself
 * @param strike     strike in USD; {@code NaN} for the stock leg
 * @param price      Black–Scholes estimate per share (the close for the stock leg), USD
 * @param delta      Black–Scholes delta of one long unit (1 for the stock); the sign of
 *                   {@code action} is not applied
 */
public record OptionLeg(Action action, Instrument instrument, double strike, double price, double delta) {

    /** Direction of a leg. */
    public enum Action {
        BUY,
        SELL;

        /** +1 for a buy, −1 for a sell. */
        public int sign() {
            return this == BUY ? 1 : -1;
        }
    }

    /** What a leg trades. */
    public enum Instrument {
        CALL,
        PUT,
        STOCK
    }

    public OptionLeg {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(instrument, "instrument");
    }

    /** Value of one long unit at expiry when the stock is at {@code price}. */
    public double payoffAt(double stockPrice) {
        return switch (instrument) {
            case STOCK -> stockPrice;
            case CALL -> Math.max(stockPrice - strike, 0);
            case PUT -> Math.max(strike - stockPrice, 0);
        };
    }
}
