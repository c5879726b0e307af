package io.technic.scanner.data.store;

import io.technic.scanner.data.DataException;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * One immutable segment file of a {@link BarStore}: some symbols' bars, as columns.
 *
 * <pre>
 * offset 0   magic "TXSEG001" (8 bytes), symbols k (int), bars n (int), 48 bytes zero
 * 64         ids int[k]          (store symbol ids; {@value BarStore#INDEX_ID} is the index)
 *            offsets int[k + 1]  (bars of symbol i are [offsets[i], offsets[i + 1]))
 *            day int[n]          (epoch days), then zero-padded to 8 bytes
 *            open, high, low, close, volume: double[n] each
 * </pre>
 * Little-endian throughout, so a mapped file copies straight into Java arrays. The CRC-32C of
 * the whole file is kept in the manifest, not in the file.
 */
final class Segment {

    static final byte[] MAGIC = {'T', 'X', 'S', 'E', 'G', '0', '0', '1'};
    static final int HEADER = 64;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfDouble DOUBLE =
            ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** Column data handed to {@link #write}: {@code ids[i]}'s bars are {@code [offsets[i], offsets[i+1])}. */
    record Columns(int[] ids, int[] offsets, int[] day, double[] open, double[] high, double[] low, double[] close,
                   double[] volume) {

        int symbols() {
            return ids.length;
        }

        int bars() {
            return offsets[ids.length];
        }
    }

    /** A written segment: its file name, size and CRC-32C. */
    record Written(String file, long size, long crc, int symbols, int bars) {}

    private Segment() {}

    static long dayOffset(int k) {
        return HEADER + 4L * k + 4L * (k + 1);
    }

    static long columnOffset(int k, int n, int column) {
        long afterDays = dayOffset(k) + 4L * n;
        long aligned = (afterDays + 7) & ~7L;
        return aligned + 8L * n * column;
    }

    static long size(int k, int n) {
        return columnOffset(k, n, 5);
    }

    /** Writes {@code c} to {@code file} (which must not exist), forced to disk. */
    static Written write(Path file, Columns c) throws IOException {
        int k = c.symbols();
        int n = c.bars();
        CRC32C crc = new CRC32C();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            Out out = new Out(ch, crc);
            out.bytes(MAGIC);
            out.putInt(k);
            out.putInt(n);
            for (int i = 16; i < HEADER; i++) {
                out.bytes(new byte[] {0});
            }
            out.putInts(c.ids(), k);
            out.putInts(c.offsets(), k + 1);
            out.putInts(c.day(), n);
            long pad = columnOffset(k, n, 0) - (dayOffset(k) + 4L * n);
            for (long i = 0; i < pad; i++) {
                out.bytes(new byte[] {0});
            }
            for (double[] col : new double[][] {c.open(), c.high(), c.low(), c.close(), c.volume()}) {
                out.putDoubles(col, n);
            }
            out.flush();
            ch.force(true);
        }
        return new Written(file.getFileName().toString(), size(k, n), crc.getValue(), k, n);
    }

    /** A mapped segment, checked against the size and CRC its manifest recorded. */
    static final class Mapped {
        final Path file;
        final MemorySegment data;
        final int symbols;
        final int bars;
        final int[] ids;
        final int[] offsets;

        Mapped(Path file, MemorySegment data, int symbols, int bars, int[] ids, int[] offsets) {
            this.file = file;
            this.data = data;
            this.symbols = symbols;
            this.bars = bars;
            this.ids = ids;
            this.offsets = offsets;
        }

        /** Copies bars {@code [from, from + count)} of {@code column} (0 open … 4 volume) into {@code dst}. */
        void copyColumn(int column, int from, double[] dst, int at, int count) {
            MemorySegment.copy(data, DOUBLE, columnOffset(symbols, bars, column) + 8L * from, dst, at, count);
        }

        void copyDays(int from, int[] dst, int at, int count) {
            MemorySegment.copy(data, INT, dayOffset(symbols) + 4L * from, dst, at, count);
        }

        int day(int i) {
            return data.get(INT, dayOffset(symbols) + 4L * i);
        }
    }

    /**
     * Maps {@code file} into {@code arena} and checks it.
     *
     * @throws DataException naming the file if it is missing, truncated, or its CRC differs
     */
    static Mapped map(Path file, long expectedSize, long expectedCrc, Arena arena) {
        MemorySegment data;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size != expectedSize) {
                throw new DataException(file + ": segment is " + size + " bytes, the manifest says "
                        + expectedSize + " (truncated or replaced)");
            }
            data = ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
        } catch (IOException e) {
            throw new DataException(file + ": cannot read segment: " + e.getMessage(), e);
        }
        CRC32C crc = new CRC32C();
        crc.update(data.asByteBuffer());
        if (crc.getValue() != expectedCrc) {
            throw new DataException(file + ": segment checksum mismatch (corrupt file)");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (data.get(ValueLayout.JAVA_BYTE, i) != MAGIC[i]) {
                throw new DataException(file + ": not a Technic bar segment (bad magic)");
            }
        }
        int k = data.get(INT, 8);
        int n = data.get(INT, 12);
        if (k < 0 || n < 0 || size(k, n) != expectedSize) {
            throw new DataException(file + ": segment header (" + k + " symbols, " + n + " bars) does not match its size");
        }
        int[] ids = new int[k];
        int[] offsets = new int[k + 1];
        MemorySegment.copy(data, INT, HEADER, ids, 0, k);
        MemorySegment.copy(data, INT, HEADER + 4L * k, offsets, 0, k + 1);
        return new Mapped(file, data, k, n, ids, offsets);
    }

    /** A little-endian buffered writer that feeds a CRC. */
    private static final class Out {
        private final FileChannel ch;
        private final CRC32C crc;
        private final ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);

        Out(FileChannel ch, CRC32C crc) {
            this.ch = ch;
            this.crc = crc;
        }

        void bytes(byte[] b) throws IOException {
            room(b.length);
            buf.put(b);
        }

        void putInt(int v) throws IOException {
            room(4);
            buf.putInt(v);
        }

        /** {@code a[0, n)}, copied in bulk through a view of the buffer (which keeps its little-endian order). */
        void putInts(int[] a, int n) throws IOException {
            for (int i = 0; i < n; ) {
                room(4);
                int k = Math.min(n - i, buf.remaining() / 4);
                buf.asIntBuffer().put(a, i, k);
                buf.position(buf.position() + 4 * k);
                i += k;
            }
        }

        void putDoubles(double[] a, int n) throws IOException {
            for (int i = 0; i < n; ) {
                room(8);
                int k = Math.min(n - i, buf.remaining() / 8);
                buf.asDoubleBuffer().put(a, i, k);
                buf.position(buf.position() + 8 * k);
                i += k;
            }
        }

        private void room(int bytes) throws IOException {
            if (buf.remaining() < bytes) {
                flush();
            }
        }

        void flush() throws IOException {
            buf.flip();
            crc.update(buf.duplicate());
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            buf.clear();
        }
    }
}
