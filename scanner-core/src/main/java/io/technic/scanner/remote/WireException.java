package io.technic.scanner.remote;

/** A request or response that fails validation; {@link #status()} is the HTTP status a worker answers with. */
public final class WireException extends RuntimeException {

    private final int status;

    public WireException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** 400 invalid, 401 unauthenticated, 409 data mismatch, 413 too large. */
    public int status() {
        return status;
    }
}
