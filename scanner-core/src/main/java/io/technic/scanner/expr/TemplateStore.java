package io.technic.scanner.expr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.technic.scanner.export.AtomicFile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's saved scans: one {@value #EXTENSION} file (JSON) per template in a directory, next
 * to the {@linkplain Templates built-in} ones. Files are written atomically; a file can be
 * shared and imported as it is. A malformed file is reported with its path, line and column and
 * the field at fault; listing skips it and says so through {@link Listing#problems()}.
 *
 * <pre>{@code
 * { "format": "technic-scan", "version": 1, "name": "my_breakouts",
 *   "description": "52-week highs on volume in tech",
 *   "where": "new_high_on_volume > 0 and sector == 'Information Technology'",
 *   "rankBy": "rvol(20)", "top": 25 }
 * }</pre>
 */
public final class TemplateStore {

    /** File extension of a saved scan. */
    public static final String EXTENSION = ".technicscan";
    static final String FORMAT = "technic-scan";
    static final int VERSION = 1;

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path dir;

    /** @param dir where the user's templates live (created on first save) */
    public TemplateStore(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** The templates directory under a config directory. */
    public static TemplateStore inConfig(Path configDir) {
        return new TemplateStore(configDir.resolve("templates"));
    }

    public Path directory() {
        return dir;
    }

    /** Built-in and user templates, and the files that could not be read. */
    public record Listing(List<Template> templates, List<String> problems) {
    }

    /** Every template: the built-in ones first, then the user's by name. */
    public Listing list() {
        List<Template> all = new ArrayList<>(Templates.builtIn());
        List<Template> user = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + EXTENSION)) {
                for (Path f : files) {
                    try {
                        user.add(read(f));
                    } catch (IllegalArgumentException e) {
                        problems.add(e.getMessage());
                    }
                }
            } catch (IOException e) {
                problems.add(dir + ": " + e.getMessage());
            }
        }
        user.sort(Comparator.comparing(Template::name));
        all.addAll(user);
        return new Listing(List.copyOf(all), List.copyOf(problems));
    }

    /** A template by name: built-in first, then the user's file. */
    public Optional<Template> find(String name) {
        Optional<Template> b = Templates.builtIn(name);
        if (b.isPresent()) {
            return b;
        }
        Path f = file(name);
        return Files.isRegularFile(f) ? Optional.of(read(f)) : Optional.empty();
    }

    /**
     * Saves a user template (replacing the user's template of that name).
     *
     * @throws IllegalArgumentException if the name is a built-in template's
     */
    public Path save(Template t) throws IOException {
        if (Templates.builtIn(t.name()).isPresent()) {
            throw new IllegalArgumentException("'" + t.name() + "' is a built-in template; save under another name");
        }
        Files.createDirectories(dir);
        Path f = file(t.name());
        write(t, f);
        return f;
    }

    /**
     * Renames a user template.
     *
     * @throws IllegalArgumentException if {@code from} is built in or missing, or {@code to} is taken
     */
    public Path rename(String from, String to) throws IOException {
        Template t = userTemplate(from);
        if (find(to).isPresent()) {
            throw new IllegalArgumentException("a template named '" + to + "' already exists");
        }
        Path target = save(t.renamed(to));
        Files.delete(file(from));
        return target;
    }

    /** Deletes a user template. @throws IllegalArgumentException if it is built in or missing */
    public void delete(String name) throws IOException {
        userTemplate(name);
        Files.delete(file(name));
    }

    /** Reads a shared file and saves it as the user's template (under {@code name} when given). */
    public Template importFile(Path file, String name) throws IOException {
        Template t = read(file);
        if (name != null) {
            t = t.renamed(name);
        }
        save(t);
        return t;
    }

    private Template userTemplate(String name) {
        if (Templates.builtIn(name).isPresent()) {
            throw new IllegalArgumentException("'" + name + "' is a built-in template and cannot be changed");
        }
        Path f = file(name);
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException("no saved template named '" + name + "' in " + dir);
        }
        return read(f);
    }

    private Path file(String name) {
        return dir.resolve(name + EXTENSION);
    }

    // ------------------------------------------------------------------ the file format

    /** Writes {@code t} to {@code file} atomically. */
    public static void write(Template t, Path file) throws IOException {
        AtomicFile.writeText(file, w -> w.write(toJson(t)));
    }

    /** The file's text for {@code t}. */
    public static String toJson(Template t) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeStringField("name", t.name());
            g.writeStringField("description", t.description());
            if (t.where() != null) {
                g.writeStringField("where", t.where());
            }
            if (t.rankBy() != null) {
                g.writeStringField("rankBy", t.rankBy());
            }
            g.writeNumberField("top", t.top());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + System.lineSeparator();
    }

    /**
     * Reads a saved scan.
     *
     * @throws IllegalArgumentException naming the file, line:column and field at fault
     */
    public static Template read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** Parses a saved scan's text; {@code where} names it in errors. */
    static Template parse(String text, String where) {
        String format = null;
        Integer version = null;
        String name = null;
        String description = null;
        String condition = null;
        String rankBy = null;
        int top = 0;
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw problem(where, p.currentLocation(), "expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                JsonLocation at = p.currentTokenLocation();
                switch (field) {
                    case "format" -> format = string(p, v, where, field);
                    case "version" -> version = integer(p, v, where, field);
                    case "name" -> name = string(p, v, where, field);
                    case "description" -> description = string(p, v, where, field);
                    case "where" -> condition = string(p, v, where, field);
                    case "rankBy" -> rankBy = string(p, v, where, field);
                    case "top" -> top = integer(p, v, where, field);
                    default -> throw problem(where, at, "unknown field '" + field
                            + "' (expected format, version, name, description, where, rankBy, top)");
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw problem(where, p.currentLocation(), "unexpected content after the object");
            }
        } catch (JsonProcessingException e) {
            throw problem(where, e.getLocation(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException(where + ": field 'format' must be \"" + FORMAT + "\""
                    + (format == null ? " (missing)" : ", got \"" + format + "\""));
        }
        if (version == null || version != VERSION) {
            throw new IllegalArgumentException(where + ": field 'version' must be " + VERSION
                    + (version == null ? " (missing)" : ", got " + version + " (written by a newer technic?)"));
        }
        if (name == null) {
            throw new IllegalArgumentException(where + ": field 'name' is missing");
        }
        try {
            return Template.user(name, description, condition, rankBy, top);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage());
        }
    }

    private static String string(JsonParser p, JsonToken v, String where, String field) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        if (v != JsonToken.VALUE_STRING) {
            throw problem(where, p.currentTokenLocation(), "field '" + field + "' must be a string");
        }
        return p.getText();
    }

    private static int integer(JsonParser p, JsonToken v, String where, String field) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT) {
            throw problem(where, p.currentTokenLocation(), "field '" + field + "' must be a whole number");
        }
        return p.getIntValue();
    }

    private static IllegalArgumentException problem(String where, JsonLocation loc, String message) {
        String place = loc == null ? where : where + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
        return new IllegalArgumentException(place + ": " + message);
    }
}
