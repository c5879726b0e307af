package io.technic.app.ui.export;

import io.technic.scanner.analytics.ScanAnalytics;
import io.technic.scanner.export.ResultFormat;
import io.technic.scanner.export.ResultWriters;
import io.technic.scanner.model.ScanResult;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Exports what the results table shows (its rows in its sort order, after search and filters)
 * to CSV, XLSX or JSON. The rows are taken on the FX thread; the file is written on a
 * background thread, atomically (a reader sees the old file or the whole new one).
 */
public final class ExportViewModel {

    private final Supplier<ScanResult> visible;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /**
     * @param visible    the table's current content (called on the FX thread)
     * @param background where files are written
     * @param fx         the FX-thread executor
     */
    public ExportViewModel(Supplier<ScanResult> visible, Executor background, Executor fx) {
        this.visible = visible;
        this.background = background;
        this.fx = fx;
    }

    /**
     * The format a file name asks for, by extension.
     *
     * @throws IllegalArgumentException naming the file when the extension is not .csv, .xlsx or .json
     */
    public static ResultFormat formatFor(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ResultFormat f : ResultFormat.values()) {
            if (f != ResultFormat.TABLE && n.endsWith("." + f.extension())) {
                return f;
            }
        }
        throw new IllegalArgumentException("cannot tell the export format of " + file.getFileName() + ": use .csv, .xlsx or .json");
    }

    /**
     * Writes the table to {@code target}; completes (on the background thread) with the path, or
     * exceptionally — the status says what happened either way.
     */
    public CompletableFuture<Path> export(Path target, ResultFormat format) {
        ScanResult snapshot;
        try {
            snapshot = visible.get();
        } catch (IllegalStateException e) {
            status.set("Nothing to export: " + e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        busy.set(true);
        status.set("Exporting " + snapshot.rows().size() + " rows to " + target.getFileName() + " ...");
        return CompletableFuture.supplyAsync(() -> {
            try {
                ResultWriters.writeFile(format, snapshot, ScanAnalytics.NONE, target);
                return target;
            } catch (java.io.IOException e) {
                throw new CompletionException(new java.io.IOException("cannot write " + target + ": " + e.getMessage(), e));
            }
        }, background).whenComplete((p, t) -> fx.execute(() -> {
            busy.set(false);
            if (t == null) {
                status.set(String.format(Locale.ROOT, "Exported %,d rows as %s to %s", snapshot.rows().size(),
                        format.name(), target));
            } else {
                Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
                status.set("Export failed: " + c.getMessage());
            }
        }));
    }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
