package io.technic.scanner.cache;

/** A cache entry that fails validation (magic, version, length, checksum or content); read as a miss. */
public final class CorruptEntryException extends RuntimeException {
    public CorruptEntryException(String message) {
        super(message);
    }
}
