/** The scan screen: {@link io.technic.app.ui.scan.ScanView} over {@link io.technic.app.ui.scan.ScanViewModel}. */
package io.technic.app.ui.scan;
