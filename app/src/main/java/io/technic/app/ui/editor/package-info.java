/** The scan-language editor: syntax colours, the parser's error under its column, and name completion. */
package io.technic.app.ui.editor;
