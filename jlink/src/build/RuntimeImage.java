import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the trimmed Java runtime the desktop app ships with (run by jlink/pom.xml as a JDK 25
 * source-file program, so it works the same on Linux, Windows and macOS).
 *
 * <ol>
 *   <li>JDK modules: {@code jdeps --print-module-deps} over the app jar and its runtime class path.</li>
 *   <li>JavaFX: the platform jars ({@code javafx-*-linux|win|mac*.jar}) become named modules in the
 *       image, so the class-path libraries (ControlsFX, ChartFX) need {@code --add-exports} for the
 *       JavaFX internals they use: found by reading every class's constant pool (the
 *       class-file API; jdeps refuses modular jars whose module-info names absent modules), checked
 *       against each module's exports, and written to {@code java-options.txt} for the launcher.</li>
 *   <li>{@code jlink} with debug data, headers and man pages stripped, zip compression and the
 *       default CDS archives generated inside the image.</li>
 * </ol>
 *
 * <p>Usage: {@code java RuntimeImage.java --lib DIR --app-jar NAME --output DIR [--add-modules a,b]}.
 * Writes OUTPUT (the image), OUTPUT.modules.txt and OUTPUT.java-options.txt; prints the size.
 */
public final class RuntimeImage {

    private static final Pattern FX_PLATFORM_JAR = Pattern.compile("javafx-[a-z]+-[0-9.]+(-ea\\+\\d+)?-(linux|win|mac)[a-z0-9-]*\\.jar");
    private static final Pattern FX_ANY_JAR = Pattern.compile("javafx-[a-z]+-[0-9.]+(-ea\\+\\d+)?(-[a-z0-9-]+)?\\.jar");
    /** a jdeps -verbose:package line: "   from.pkg   -> to.pkg   module" */
    private static final Pattern DEP = Pattern.compile("^\\s+\\S+\\s+->\\s+(\\S+)\\s+(\\S+)\\s*$");

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = options(args);
        Path lib = Path.of(required(opt, "--lib"));
        Path appJar = lib.resolve(required(opt, "--app-jar"));
        Path output = Path.of(required(opt, "--output"));
        if (!Files.isRegularFile(appJar)) {
            throw new IllegalArgumentException("--app-jar: no " + appJar);
        }
        List<Path> fx = new ArrayList<>();
        List<Path> cp = new ArrayList<>();
        try (Stream<Path> s = Files.list(lib)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                String name = p.getFileName().toString();
                if (FX_PLATFORM_JAR.matcher(name).matches()) {
                    fx.add(p);
                } else if (!FX_ANY_JAR.matcher(name).matches() && !p.equals(appJar)) {
                    cp.add(p); // the classifier-less javafx jars are empty placeholders
                }
            }
        }
        if (fx.isEmpty()) {
            throw new IllegalArgumentException(lib + " holds no JavaFX platform jars (javafx-*-linux.jar etc.)");
        }
        String fxPath = join(fx);

        // 1. JDK and JavaFX modules the app needs
        String deps = run("jdeps", "--print-module-deps", "--ignore-missing-deps", "--multi-release", "25",
                "--module-path", fxPath, "--class-path", join(cp), appJar.toString()).strip();
        Set<String> modules = new TreeSet<>(Arrays.asList(deps.split(",")));
        String extra = opt.getOrDefault("--add-modules", "");
        for (String m : extra.split(",")) {
            if (!m.isBlank()) {
                modules.add(m.strip());
            }
        }

        // 2. JavaFX internals the class-path libraries use
        Map<String, Set<String>> exported = new LinkedHashMap<>();
        for (ModuleReference ref : ModuleFinder.of(fx.toArray(Path[]::new)).findAll()) {
            ModuleDescriptor d = ref.descriptor();
            Set<String> pk = new TreeSet<>();
            d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> pk.add(e.source()));
            exported.put(d.name(), pk);
        }
        Map<String, String> fxPackages = new LinkedHashMap<>(); // package -> module
        for (ModuleReference ref : ModuleFinder.of(fx.toArray(Path[]::new)).findAll()) {
            ref.descriptor().packages().forEach(p -> fxPackages.put(p, ref.descriptor().name()));
        }
        Set<String> access = new TreeSet<>();
        List<Path> scanned = new ArrayList<>(cp);
        scanned.add(appJar);
        for (Path jar : scanned) {
            for (String pkg : referencedPackages(jar)) {
                String module = fxPackages.get(pkg);
                if (module != null && !exported.get(module).contains(pkg)) {
                    access.add("--add-exports=" + module + "/" + pkg + "=ALL-UNNAMED");
                    System.out.println("  " + jar.getFileName() + " uses " + module + "/" + pkg);
                }
            }
        }

        // 3. the image
        deleteRecursively(output);
        run("jlink", "--module-path", fxPath, "--add-modules", String.join(",", modules), "--strip-debug",
                "--no-header-files", "--no-man-pages", "--compress=zip-6", "--generate-cds-archive",
                "--output", output.toString());
        Files.writeString(output.resolveSibling(output.getFileName() + ".modules.txt"), String.join("\n", modules) + "\n");
        Files.writeString(output.resolveSibling(output.getFileName() + ".java-options.txt"),
                "# --add-exports the class-path libraries need with JavaFX as named modules (found by jdeps)\n"
                        + String.join("\n", access) + "\n");
        System.out.printf("runtime image %s: %.1f MB, modules %s%n", output, size(output) / 1e6, modules);
        access.forEach(a -> System.out.println("  needs " + a));
    }

    /** The packages of every class a jar's classes refer to (their constant pools), as dotted names. */
    static Set<String> referencedPackages(Path jar) throws IOException {
        Set<String> pkgs = new TreeSet<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            for (JarEntry e : java.util.Collections.list(jf.entries())) {
                if (!e.getName().endsWith(".class") || e.getName().endsWith("module-info.class")) {
                    continue;
                }
                byte[] bytes;
                try (var in = jf.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                for (PoolEntry pe : ClassFile.of().parse(bytes).constantPool()) {
                    if (pe instanceof ClassEntry ce) {
                        String n = ce.asInternalName();
                        int slash = n.lastIndexOf('/');
                        if (slash > 0 && !n.startsWith("[")) {
                            pkgs.add(n.substring(0, slash).replace('/', '.'));
                        }
                    }
                }
            }
        }
        return pkgs;
    }

    private static String run(String tool, String... args) {
        ToolProvider t = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK (" + System.getProperty("java.home") + ")"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = t.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (rc != 0) {
            throw new IllegalStateException(tool + " failed (" + rc + "): " + err + out + "\n  args: " + String.join(" ", args));
        }
        return out.toString();
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String join(List<Path> paths) {
        return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            m.put(args[i], args[i + 1]);
        }
        return m;
    }

    private static String required(Map<String, String> opt, String name) {
        String v = opt.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing " + name);
        }
        return v;
    }
}
