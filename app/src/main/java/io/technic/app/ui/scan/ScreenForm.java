package io.technic.app.ui.scan;

/**
 * The scan screen's own screen as typed, for persistence: the {@code where} condition and the
 * {@code rank by} expression in the scan language, exactly what {@code technic scan --where EXPR
 * --rank-by EXPR} takes. Plain strings, so an expression that does not compile yet survives a
 * restart as the trader left it.
 *
 * @param where  a condition, blank for none
 * @param rankBy a number optionally followed by {@code asc} or {@code desc}, blank for the engine's ranking
 */
public record ScreenForm(String where, String rankBy) {

    public ScreenForm {
        where = where == null ? "" : where;
        rankBy = rankBy == null ? "" : rankBy;
    }

    /** No condition and the engine's ranking (what older settings files without these fields load as). */
    public static ScreenForm none() {
        return new ScreenForm("", "");
    }
}
