package io.technic.scanner.data.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads a file (plain or gzip, recognised by its magic number, concatenated gzip members
 * included) and hands it out as blocks of whole lines while it is still being read, so that
 * parsing can run beside decompression. Each block is a fresh array the reader never touches
 * again; a UTF-8 byte order mark at the start is dropped.
 */
final class BlockReader {

    /** Receives consecutive blocks of whole lines (the last block may end without '\n'). */
    interface Sink {
        void accept(byte[] block, int from, int to);
    }

    private BlockReader() {}

    /** Whether the file starts with the gzip magic number. */
    static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /**
     * Reads {@code file} in blocks of about {@code blockBytes} (more when one line is longer).
     * Returns the number of bytes read (after decompression).
     */
    static long read(Path file, int blockBytes, Sink sink) throws IOException {
        boolean gz = isGzip(file);
        long total = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw) {
            byte[] block = new byte[blockBytes];
            int filled = 0;
            boolean first = true;
            while (true) {
                int n = in.readNBytes(block, filled, block.length - filled);
                filled += n;
                total += n;
                boolean eof = filled < block.length;
                int from = 0;
                if (first && filled >= 3 && (block[0] & 0xff) == 0xef && (block[1] & 0xff) == 0xbb
                        && (block[2] & 0xff) == 0xbf) {
                    from = 3;
                }
                if (eof) {
                    if (filled > from) {
                        sink.accept(block, from, filled);
                    }
                    return total;
                }
                int cut = lastNewline(block, from, filled) + 1;
                if (cut <= from) {               // one line longer than the block: grow it
                    block = Arrays.copyOf(block, block.length * 2);
                    continue;
                }
                first = false;
                byte[] next = new byte[Math.max(blockBytes, filled - cut + blockBytes / 2)];
                System.arraycopy(block, cut, next, 0, filled - cut);
                sink.accept(block, from, cut);
                filled -= cut;
                block = next;
            }
        }
    }

    /** The whole file (decompressed if gzip), without a leading UTF-8 byte order mark. */
    static byte[] readAll(Path file) throws IOException {
        byte[] b;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = isGzip(file) ? new GZIPInputStream(raw, 1 << 16) : raw) {
            b = in.readAllBytes();
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            return Arrays.copyOfRange(b, 3, b.length);
        }
        return b;
    }

    private static int lastNewline(byte[] b, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return from - 1;
    }
}
