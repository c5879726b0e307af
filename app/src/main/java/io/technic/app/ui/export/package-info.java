/** Export of the results table as shown (sort, search, filters) to CSV, XLSX and JSON, written atomically. */
package io.technic.app.ui.export;
