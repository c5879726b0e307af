/**
 * Services the screens use: {@link io.technic.app.ui.service.ScanService} wraps the engine so
 * that nothing on the FX thread ever waits for a scan or a source to load.
 */
package io.technic.app.ui.service;
