package io.technic.app.ui.results;

/**
 * How the trader left a results column: for persistence, in display order.
 *
 * @param id      {@link ResultColumn#id()}
 * @param width   pixels
 * @param visible shown or hidden through the column chooser
 */
public record ColumnState(String id, double width, boolean visible) {}
