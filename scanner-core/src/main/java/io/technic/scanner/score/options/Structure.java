package io.technic.scanner.score.options;

/** The option structures {@link OptionIdeas} suggests; strikes per share as documented there. */
public enum Structure {
    /** Buy an at-the-money call. */
    LONG_CALL,
    /** Buy an at-the-money put. */
    LONG_PUT,
    /** Buy an at-the-money call, sell a call one sigma higher (debit). */
    BULL_CALL_SPREAD,
    /** Buy an at-the-money put, sell a put one sigma lower (debit). */
    BEAR_PUT_SPREAD,
    /** Sell an at-the-money call, buy a call one sigma higher (credit). */
    BEAR_CALL_SPREAD,
    /** Sell a put half a sigma lower, holding the cash to buy the shares (credit). */
    CASH_SECURED_PUT,
    /** Own the shares, sell a call half a sigma higher. */
    COVERED_CALL,
    /** Own the shares, buy a put one sigma lower, sell a call one sigma higher. */
    COLLAR,
    /** No structure: the view and volatility give no edge. */
    NONE
}
