package io.technic.scanner.score.options;

/** European call or put. */
public enum OptionType {
    CALL,
    PUT
}
