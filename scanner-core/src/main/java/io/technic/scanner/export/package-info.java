/** Writers for scan results: aligned text table, CSV, JSON and XLSX; files are written atomically. */
package io.technic.scanner.export;
