/**
 * Immutable values of the engine: symbols and their metadata, columnar bars, scan results.
 *
 * <p>Arrays handed out by these types are never mutated after construction, so any thread
 * may read a published value without locks.
 */
package io.technic.scanner.model;
