package io.technic.scanner.data.store;

import io.technic.scanner.data.DataException;
import io.technic.scanner.model.Fundamentals;
import io.technic.scanner.model.SymbolInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * One generation of a {@link BarStore}: its segments in write order, the symbol table (ids are
 * positions in it) with each symbol's bar count and last day, and the index. Binary, ending in a
 * CRC-32C of everything before it; immutable once written.
 *
 * @param generation increases by one per write
 * @param source     where the first import came from, then {@code +} each later one
 * @param segments   segment files, oldest first; a symbol's bars in a later segment follow its earlier ones
 * @param symbols    the symbol table (metadata as last imported)
 * @param bars       bars stored per symbol id
 * @param lastDay    last stored epoch day per symbol id ({@link Integer#MIN_VALUE} when none)
 * @param index      the index's ticker, or null; its bars are stored under {@link BarStore#INDEX_ID}
 * @param indexBars  bars of the index
 * @param indexLast  last epoch day of the index
 */
record Manifest(long generation, String source, List<Segment.Written> segments, List<SymbolInfo> symbols,
                int[] bars, int[] lastDay, String index, int indexBars, int indexLast) {

    static final byte[] MAGIC = {'T', 'X', 'S', 'T', 'O', 'R', 'E', '1'};

    static Manifest empty() {
        return new Manifest(0, "", List.of(), List.of(), new int[0], new int[0], null, 0, Integer.MIN_VALUE);
    }

    /** The file name of generation {@code g}. */
    static String fileName(long g) {
        return String.format("manifest-%06d", g);
    }

    byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeLong(generation);
            out.writeUTF(source);
            out.writeInt(segments.size());
            for (Segment.Written s : segments) {
                out.writeUTF(s.file());
                out.writeLong(s.size());
                out.writeLong(s.crc());
                out.writeInt(s.symbols());
                out.writeInt(s.bars());
            }
            out.writeInt(symbols.size());
            for (int i = 0; i < symbols.size(); i++) {
                SymbolInfo info = symbols.get(i);
                out.writeUTF(info.symbol());
                out.writeUTF(info.name());
                out.writeUTF(info.sector());
                out.writeUTF(info.industry());
                out.writeDouble(info.marketCap());
                Fundamentals f = info.fundamentals();
                for (double v : new double[] {f.pe(), f.roe(), f.grossMargin(), f.netMargin(), f.revenueGrowth(),
                    f.debtToEquity()}) {
                    out.writeDouble(v);
                }
                out.writeInt(bars[i]);
                out.writeInt(lastDay[i]);
            }
            out.writeBoolean(index != null);
            out.writeUTF(index == null ? "" : index);
            out.writeInt(indexBars);
            out.writeInt(indexLast);
            out.flush();
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("in-memory write failed", e);
        }
    }

    /**
     * Reads a manifest file.
     *
     * @throws DataException naming the file if it is missing, truncated or corrupt
     */
    static Manifest read(Path file) {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": manifest missing (the store's CURRENT points to it)", e);
        } catch (IOException e) {
            throw new DataException(file + ": cannot read manifest: " + e.getMessage(), e);
        }
        if (all.length < MAGIC.length + 8 || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new DataException(file + ": not a Technic bar-store manifest (bad magic)");
        }
        CRC32C crc = new CRC32C();
        crc.update(all, 0, all.length - 8);
        long stored = java.nio.ByteBuffer.wrap(all, all.length - 8, 8).getLong();
        if (crc.getValue() != stored) {
            throw new DataException(file + ": manifest checksum mismatch (corrupt file)");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, MAGIC.length,
                all.length - MAGIC.length - 8))) {
            long generation = in.readLong();
            String source = in.readUTF();
            int ns = in.readInt();
            List<Segment.Written> segments = new ArrayList<>(ns);
            for (int i = 0; i < ns; i++) {
                segments.add(new Segment.Written(in.readUTF(), in.readLong(), in.readLong(), in.readInt(), in.readInt()));
            }
            int n = in.readInt();
            List<SymbolInfo> symbols = new ArrayList<>(n);
            int[] bars = new int[n];
            int[] lastDay = new int[n];
            for (int i = 0; i < n; i++) {
                String symbol = in.readUTF();
                String name = in.readUTF();
                String sector = in.readUTF();
                String industry = in.readUTF();
                double cap = in.readDouble();
                Fundamentals f = new Fundamentals(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
                        in.readDouble(), in.readDouble());
                symbols.add(new SymbolInfo(symbol, name, sector, industry, cap, f));
                bars[i] = in.readInt();
                lastDay[i] = in.readInt();
            }
            boolean hasIndex = in.readBoolean();
            String index = in.readUTF();
            int indexBars = in.readInt();
            int indexLast = in.readInt();
            return new Manifest(generation, source, List.copyOf(segments), List.copyOf(symbols), bars, lastDay,
                    hasIndex ? index : null, indexBars, indexLast);
        } catch (IOException e) {
            throw new DataException(file + ": manifest truncated: " + e.getMessage(), e);
        }
    }
}
