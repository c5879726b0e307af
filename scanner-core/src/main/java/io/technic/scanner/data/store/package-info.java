/** The local bar store: a market on disk as memory-mapped column segments, appended crash-safely. */
package io.technic.scanner.data.store;
