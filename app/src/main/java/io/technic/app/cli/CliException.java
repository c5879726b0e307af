package io.technic.app.cli;

/** A user-facing failure: printed as one line, exit code 2. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }
}
