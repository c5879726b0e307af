package io.technic.scanner.data;

/** Input data could not be used; the message names what was wrong and where (file:line, field, symbol). */
public class DataException extends RuntimeException {
    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
