package io.technic.app.ui.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.technic.app.ui.scan.ScanForm;
import io.technic.scanner.export.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A saved scan: the scan form as typed, in a {@code .technicscan} file (JSON:
 * {@code {"format":"technic-scan","version":1,"form":{...}}}) that a trader can keep, share and
 * open by double-click once the desktop package registered the extension. Stateless.
 */
public final class SavedScan {

    /** The file extension, without the dot. */
    public static final String EXTENSION = "technicscan";
    static final String FORMAT = "technic-scan";
    static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, true);

    private SavedScan() {}

    /** Whether the path names a saved scan by its extension (case-insensitive). */
    public static boolean isSavedScan(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + EXTENSION);
    }

    /**
     * Reads a saved scan.
     *
     * @throws IOException naming the file when it cannot be read, is not JSON, or is not a saved scan
     */
    public static ScanForm read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IOException("cannot read saved scan " + file + ": " + firstLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException(file + " is not a saved Technic scan (no \"format\": \"" + FORMAT + "\")");
        }
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw new IOException(file + ": saved-scan version " + version + " is not supported (this version reads "
                    + VERSION + ")");
        }
        JsonNode form = root.get("form");
        if (form == null || !form.isObject()) {
            throw new IOException(file + ": the saved scan has no \"form\" object");
        }
        try {
            return JSON.treeToValue(form, ScanForm.class);
        } catch (IOException e) {
            throw new IOException(file + ": the saved scan's form is unreadable: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Writes the form atomically (a crash leaves the old file or the new one, never half of one).
     *
     * @throws IOException naming the file when it cannot be written
     */
    public static void write(Path file, ScanForm form) throws IOException {
        var root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("form", JSON.valueToTree(form));
        try {
            AtomicFile.write(file, out -> out.write(JSON.writeValueAsBytes(root)));
        } catch (IOException e) {
            throw new IOException("cannot write saved scan " + file + ": " + e.getMessage(), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
