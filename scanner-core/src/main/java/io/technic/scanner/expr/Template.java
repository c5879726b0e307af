package io.technic.scanner.expr;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A saved scan: a condition and/or a ranking in the scan language, a one-line description and
 * an optional top N. Built-in templates ship with the engine; a user's own live as files
 * ({@link TemplateStore}).
 *
 * @param name        key, lower case: letters, digits, {@code _} and {@code -}, 1–64 characters
 * @param description one line for people
 * @param where       a condition, or null for none
 * @param rankBy      a number, optionally followed by {@code asc}/{@code desc}, or null for the engine's ranking
 * @param top         rows to keep, 0 for all
 * @param builtIn     whether it ships with the engine (cannot be overwritten, renamed or deleted)
 */
public record Template(String name, String description, String where, String rankBy, int top, boolean builtIn) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    /** @throws IllegalArgumentException naming the field that is wrong */
    public Template {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("template name '" + name
                    + "' must be 1-64 lower-case letters, digits, '_' or '-', starting with a letter or digit");
        }
        description = description == null ? "" : description.strip();
        if (description.contains("\n")) {
            throw new IllegalArgumentException("template " + name + ": description must be one line");
        }
        where = blankToNull(where);
        rankBy = blankToNull(rankBy);
        if (where == null && rankBy == null) {
            throw new IllegalArgumentException("template " + name + " needs a where condition or a rank-by expression");
        }
        if (top < 0) {
            throw new IllegalArgumentException("template " + name + ": top must be >= 0, got " + top);
        }
    }

    /** A user's template (not built in). */
    public static Template user(String name, String description, String where, String rankBy, int top) {
        return new Template(name, description, where, rankBy, top, false);
    }

    /** The same template under another name, as a user's own. */
    public Template renamed(String newName) {
        return new Template(newName, description, where, rankBy, top, false);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
