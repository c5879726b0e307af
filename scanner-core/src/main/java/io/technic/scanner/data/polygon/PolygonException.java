package io.technic.scanner.data.polygon;

import io.technic.scanner.data.DataException;

/** A Polygon request failed; the message names the endpoint (never the API key), the status and Polygon's own error text. */
public final class PolygonException extends DataException {

    private final int status;

    public PolygonException(String message, int status) {
        super(message);
        this.status = status;
    }

    public PolygonException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status, or 0 when no answer came (I/O error) or the body was unusable. */
    public int status() {
        return status;
    }
}
