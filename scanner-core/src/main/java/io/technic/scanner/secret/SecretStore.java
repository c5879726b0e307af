package io.technic.scanner.secret;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where named secrets (API keys, HMAC secrets, passwords) are kept. Implementations are
 * thread-safe; none logs a value or puts one in an exception message.
 */
public interface SecretStore {

    /** Names are short lowercase words: {@code [a-z0-9][a-z0-9._-]{0,63}}. */
    Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /**
     * The secret called {@code name}.
     *
     * @return empty when none is stored
     * @throws IllegalArgumentException for a name that does not match {@link #NAME}
     * @throws SecretException when the backend fails (naming it and the entry)
     */
    Optional<String> get(String name);

    /**
     * Stores (or replaces) the secret called {@code name}.
     *
     * @throws IllegalArgumentException for a bad name or a value that is empty or holds a line break
     * @throws SecretException when the backend fails
     */
    void put(String name, String value);

    /**
     * Removes the secret called {@code name}.
     *
     * @return whether there was one
     * @throws SecretException when the backend fails
     */
    boolean delete(String name);

    /** Where secrets go, in words for settings screens, e.g. "the login keyring (Secret Service)". */
    String describe();

    /** @throws IllegalArgumentException for a bad name */
    static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("secret name '" + name + "' is not of the form " + NAME.pattern());
        }
        return name;
    }

    /** @throws IllegalArgumentException for a value a store cannot hold (its content is never shown) */
    static String checkValue(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("secret '" + name + "' is empty");
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("secret '" + name + "' holds a line break or NUL");
        }
        return value.strip();
    }
}
