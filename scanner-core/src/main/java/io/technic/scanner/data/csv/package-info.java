/** CSV bar sources: the long format ({@code symbol,date,open,high,low,close,volume}), gz or plain. */
package io.technic.scanner.data.csv;
