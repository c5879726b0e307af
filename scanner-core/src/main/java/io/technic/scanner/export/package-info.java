/** Writers for scan results: aligned text table, CSV and JSON; files are written atomically. */
package io.technic.scanner.export;
