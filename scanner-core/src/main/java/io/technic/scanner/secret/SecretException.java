package io.technic.scanner.secret;

/** A credentials backend failed; the message names the backend and the entry, never the secret. */
public final class SecretException extends RuntimeException {

    public SecretException(String message) {
        super(message);
    }

    public SecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
