package io.technic.app.ui.settings;

import io.technic.app.ui.results.ColumnState;
import io.technic.app.ui.scan.ScanForm;
import io.technic.app.ui.scan.ScreenForm;
import java.util.List;

/**
 * Everything the workstation remembers between runs: window geometry and dividers, results
 * columns, the last scan form, theme, threads and the CSV folder. Stored as JSON by
 * {@link WorkspaceStore}; missing fields take their defaults, so older files still load.
 *
 * @param threads worker threads, 0 = all cores
 * @param offload the Redis, remote endpoint and policy settings and the offload toggle (no secrets)
 * @param screen  the scan form's last where condition and rank-by expression (absent in older files: none)
 */
public record WorkspaceState(WindowState window, List<ColumnState> columns, ScanForm lastRequest, String theme,
                             int threads, String csvDirectory, OffloadPrefs offload, ScreenForm screen) {

    /** A state without offload settings (their defaults) and without a where condition or rank-by expression. */
    public WorkspaceState(WindowState window, List<ColumnState> columns, ScanForm lastRequest, String theme, int threads,
                          String csvDirectory) {
        this(window, columns, lastRequest, theme, threads, csvDirectory, null, null);
    }

    /** A state without a where condition or rank-by expression. */
    public WorkspaceState(WindowState window, List<ColumnState> columns, ScanForm lastRequest, String theme, int threads,
                          String csvDirectory, OffloadPrefs offload) {
        this(window, columns, lastRequest, theme, threads, csvDirectory, offload, null);
    }

    /**
     * Window geometry; NaN position means "let the platform place it".
     *
     * @param dividers divider positions (0–1) of the main split panes, outer first
     */
    public record WindowState(double x, double y, double width, double height, boolean maximized, List<Double> dividers) {
        public WindowState {
            width = width >= 400 ? width : 1500;
            height = height >= 300 ? height : 920;
            dividers = dividers == null ? List.of() : List.copyOf(dividers);
        }

        public static WindowState defaults() {
            return new WindowState(Double.NaN, Double.NaN, 1500, 920, false, List.of());
        }
    }

    public WorkspaceState {
        window = window == null ? WindowState.defaults() : window;
        columns = columns == null ? List.of() : List.copyOf(columns);
        lastRequest = lastRequest == null ? ScanForm.defaults() : lastRequest;
        theme = theme == null || theme.isBlank() ? "dark" : theme;
        threads = Math.max(0, threads);
        csvDirectory = csvDirectory == null ? "" : csvDirectory;
        offload = offload == null ? OffloadPrefs.defaults() : offload;
        screen = screen == null ? ScreenForm.none() : screen;
    }

    /** What a first start uses. */
    public static WorkspaceState defaults() {
        return new WorkspaceState(null, null, null, null, 0, null, null);
    }
}
