package io.technic.scanner.model;

/**
 * Where every symbol of the requested universe ended: {@code universe == ranked + filtered + skipped}.
 */
public record Accounting(int universe, int ranked, int filtered, int skipped) {
    public Accounting {
        if (universe != ranked + filtered + skipped) {
            throw new IllegalStateException("accounting does not add up: universe " + universe + " != ranked "
                    + ranked + " + filtered " + filtered + " + skipped " + skipped);
        }
    }
}
