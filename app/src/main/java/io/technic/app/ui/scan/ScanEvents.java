package io.technic.app.ui.scan;

import io.technic.scanner.model.ScanProgress;
import io.technic.scanner.model.ScanResult;

/**
 * What happens to a scan, as other screens see it (dashboard, chart). Called on the FX thread;
 * progress is already coalesced to about ten calls per second.
 */
public interface ScanEvents {

    default void onProgress(ScanProgress progress) {}

    default void onResult(ScanResult result) {}

    default void onCancelled() {}

    default void onFailed(Throwable failure) {}
}
