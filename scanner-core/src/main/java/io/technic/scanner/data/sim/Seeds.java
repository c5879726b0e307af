package io.technic.scanner.data.sim;

/** Derives independent stream seeds from the spec's seed (SplitMix64 finaliser). */
final class Seeds {

    private Seeds() {}

    /** A well-mixed seed for stream {@code stream} of a simulation seeded with {@code seed}. */
    static long mix(long seed, long stream) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xD1B54A32D192ED03L + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
