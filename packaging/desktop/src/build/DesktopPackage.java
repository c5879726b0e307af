import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Builds the desktop app with jpackage (run by packaging/desktop/pom.xml as a JDK 25 source-file
 * program, so the same steps run on Linux, Windows and macOS):
 *
 * <ol>
 *   <li>icons: drawn here (Java2D) as PNG, and wrapped as .ico (Windows) and .icns (macOS);</li>
 *   <li>the app image: the jlink runtime, the app's jars, two launchers that set the JVM options
 *       ({@code Technic Workstation}: ZGC for smooth frames; {@code technic}: the command line,
 *       parallel GC), each with its own class-data-sharing archive;</li>
 *   <li>a training run of each launcher (the workstation on JavaFX's headless platform scanning
 *       the demo market, the command line scanning it) that writes those archives into the image,
 *       so a fresh install starts from them;</li>
 *   <li>installers of the types asked for (deb, rpm on Linux; msi, exe on Windows; dmg, pkg on
 *       macOS) from that image, with file associations, menu entry and package metadata.</li>
 * </ol>
 *
 * <p>Usage: {@code java DesktopPackage.java --key value ...}; see {@link #main}.
 */
public final class DesktopPackage {

    static final String OS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    static final boolean WINDOWS = OS.startsWith("windows");
    static final boolean MAC = OS.startsWith("mac");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String name = need(o, "name");
        String version = need(o, "version").replaceFirst("-SNAPSHOT$", "");
        Path runtime = Path.of(need(o, "runtime"));
        Path input = Path.of(need(o, "input"));
        Path src = Path.of(need(o, "resources"));
        Path out = Path.of(need(o, "dest"));
        List<String> types = List.of(o.getOrDefault("types", "app-image").split(","));
        if (!Files.isDirectory(runtime.resolve("bin"))) {
            throw new IllegalArgumentException("--runtime: " + runtime + " is not a Java runtime image (build jlink/ first)");
        }

        Path icons = out.resolve("icons");
        Files.createDirectories(icons);
        Icons.write(icons);
        Path icon = icons.resolve(WINDOWS ? "technic.ico" : MAC ? "technic.icns" : "technic.png");

        List<String> common = new ArrayList<>(readOptions(src.resolve("java-options.txt")));
        common.addAll(readOptions(Path.of(need(o, "runtime-options"))));

        Path images = out.resolve("image");
        delete(images);
        Files.createDirectories(images);
        Path cli = out.resolve("technic.properties");
        Files.writeString(cli, String.join("\n",
                "main-class=" + need(o, "main-class"),
                "description=Technic command line: scan, explain, inspect, train (technic --help)",
                "java-options=" + String.join(" ", launcherOptions(common, "-XX:+UseParallelGC", "technic")),
                "linux-shortcut=false",
                "win-console=true") + "\n");
        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--name", name, "--app-version", version,
                "--vendor", o.getOrDefault("vendor", "Technic"), "--description", o.getOrDefault("description", name),
                "--copyright", o.getOrDefault("copyright", ""),
                "--runtime-image", runtime.toString(), "--input", input.toString(),
                "--main-jar", need(o, "main-jar"), "--main-class", need(o, "main-class"),
                "--icon", icon.toString(), "--dest", images.toString(), "--add-launcher", "technic=" + cli));
        for (String opt : launcherOptions(common, "-XX:+UseZGC", "workstation")) {
            image.add("--java-options");
            image.add(opt);
        }
        if (MAC) {
            image.addAll(List.of("--mac-package-identifier", "io.technic.workstation", "--mac-package-name", "Technic"));
        }
        jpackage(image);
        Path app = images.resolve(MAC ? name + ".app" : name);
        System.out.printf(Locale.ROOT, "app image %s: %.1f MB%n", app, size(app) / 1e6);

        if (Boolean.parseBoolean(o.getOrDefault("train", "true"))) {
            train(app, name);
            System.out.printf(Locale.ROOT, "app image with CDS archives: %.1f MB%n", size(app) / 1e6);
        }

        for (String type : types) {
            if (type.isBlank() || type.equals("app-image")) {
                continue;
            }
            Path dest = out.resolve("installers");
            Files.createDirectories(dest);
            List<String> pkg = new ArrayList<>(List.of("--type", type, "--app-image", app.toString(), "--name", name,
                    "--app-version", version, "--vendor", o.getOrDefault("vendor", "Technic"),
                    "--description", o.getOrDefault("description", name), "--copyright", o.getOrDefault("copyright", ""),
                    "--about-url", o.getOrDefault("about-url", "https://technic.example"), "--dest", dest.toString(),
                    "--icon", icon.toString()));
            for (String assoc : List.of("technicscan.properties", "technicwatch.properties")) {
                pkg.add("--file-associations");
                pkg.add(src.resolve("associations").resolve(assoc).toString());
            }
            switch (type) {
                case "deb", "rpm" -> {
                    pkg.addAll(List.of("--linux-package-name", "technic-workstation", "--install-dir", "/opt",
                            "--linux-menu-group", "Office;Finance;", "--linux-app-category", "misc",
                            "--linux-shortcut", "--linux-package-deps", type.equals("deb") ? "libgtk-3-0, libgomp1" : "gtk3, libgomp",
                            "--linux-deb-maintainer", o.getOrDefault("maintainer", "technic@example.com"),
                            "--resource-dir", src.resolve(type).toString()));
                    if (type.equals("rpm")) {
                        pkg.addAll(List.of("--linux-rpm-license-type", "Proprietary"));
                    }
                }
                case "msi", "exe" -> pkg.addAll(List.of("--win-menu", "--win-menu-group", "Technic", "--win-shortcut",
                        "--win-dir-chooser", "--win-per-user-install", "--win-upgrade-uuid", "6f1d1a8e-5b7c-4c3e-9a2f-3d5e8b7c1a40"));
                case "dmg", "pkg" -> pkg.addAll(List.of("--mac-package-identifier", "io.technic.workstation"));
                default -> throw new IllegalArgumentException("--types: unknown installer type " + type);
            }
            jpackage(pkg);
        }
        try (Stream<Path> s = Files.exists(out.resolve("installers")) ? Files.list(out.resolve("installers")) : Stream.empty()) {
            for (Path p : s.toList()) {
                System.out.printf(Locale.ROOT, "installer %s: %.1f MB%n", p, Files.size(p) / 1e6);
            }
        }
    }

    /** The launcher's JVM options: the shared ones, its GC, and its own CDS archive inside the image. */
    static List<String> launcherOptions(List<String> common, String gc, String archive) {
        List<String> l = new ArrayList<>(common);
        l.add(gc);
        l.add("-XX:SharedArchiveFile=$APPDIR/" + archive + ".jsa");
        // Created by the build's training run; recreated on the user's machine only where the
        // image is writable (an unpacked app image), silently skipped under /opt.
        l.add("-XX:+AutoCreateSharedArchive");
        l.add("-Xlog:cds=off");
        l.add("-Xlog:cds+dynamic=off");
        return l;
    }

    /**
     * Runs both launchers once so the JVM writes their CDS archives (AutoCreateSharedArchive) into
     * the image: the workstation on JavaFX's headless platform, scanning the demo market and
     * closing, the command line scanning it. System properties go in through JAVA_TOOL_OPTIONS,
     * which the JVM itself reads (jpackage launchers take no JVM options from the command line).
     */
    static void train(Path app, String name) throws IOException, InterruptedException {
        Path bin = MAC ? app.resolve("Contents/MacOS") : app.resolve(WINDOWS ? "" : "bin");
        String exe = WINDOWS ? ".exe" : "";
        Path home = Files.createTempDirectory("technic-train");
        try {
            String props = "-Dtechnic.config.dir=" + home + " -Duser.home=" + home;
            run(List.of(bin.resolve(name + exe).toString(), "app", "--exit-after-scan=0"),
                    props + " -Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true");
            run(List.of(bin.resolve("technic" + exe).toString(), "scan", "--top", "5"), props);
        } finally {
            delete(home);
        }
        Path appDir = MAC ? app.resolve("Contents/app") : app.resolve(WINDOWS ? "app" : "lib/app");
        for (String a : List.of("workstation.jsa", "technic.jsa")) {
            Path f = appDir.resolve(a);
            if (!Files.isRegularFile(f)) {
                throw new IllegalStateException("the training run left no " + f);
            }
            System.out.printf(Locale.ROOT, "CDS archive %s: %.1f MB%n", f.getFileName(), Files.size(f) / 1e6);
        }
    }

    private static void run(List<String> cmd, String javaToolOptions) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("JAVA_TOOL_OPTIONS", javaToolOptions);
        pb.environment().remove("JAVA_HOME");
        Process p = pb.start();
        String log = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("training run " + cmd + " failed:\n" + log);
        }
        log.lines().filter(l -> l.startsWith("scan of") || l.startsWith("universe")).forEach(l -> System.out.println("  " + l));
    }

    static List<String> readOptions(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty()).toList();
    }

    static void jpackage(List<String> args) {
        ToolProvider t = ToolProvider.findFirst("jpackage").orElseThrow(
                () -> new IllegalStateException("jpackage is not in this JDK (" + System.getProperty("java.home") + ")"));
        StringWriter out = new StringWriter();
        int rc = t.run(new PrintWriter(out, true), new PrintWriter(out, true), args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("jpackage failed (" + rc + "): " + out + "\n  args: " + args);
        }
    }

    static long size(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String need(Map<String, String> o, String key) {
        String v = o.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return v;
    }

    /** The app icon: a rising candlestick chart and trend line on a dark rounded tile. */
    static final class Icons {

        static void write(Path dir) throws IOException {
            byte[] png256 = png(draw(256));
            byte[] png512 = png(draw(512));
            Files.write(dir.resolve("technic.png"), png256);
            Files.write(dir.resolve("technic-512.png"), png512);
            Files.write(dir.resolve("technic.ico"), ico(png256));
            Files.write(dir.resolve("technic.icns"), icns(Map.of("ic08", png256, "ic09", png512)));
        }

        static BufferedImage draw(int size) {
            BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 256.0, size / 256.0);
            g.setPaint(new GradientPaint(0, 0, new Color(0x1B2A41), 0, 256, new Color(0x0B1220)));
            g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
            g.setColor(new Color(255, 255, 255, 22));
            g.setStroke(new BasicStroke(2f));
            for (int y = 72; y <= 200; y += 32) {
                g.drawLine(36, y, 220, y);
            }
            // candles: x, open, close, high, low (y grows downwards)
            int[][] candles = {{52, 190, 168, 150, 202}, {84, 170, 180, 158, 196}, {116, 176, 140, 126, 186},
                {148, 142, 118, 100, 152}, {180, 122, 128, 106, 140}, {212, 126, 82, 64, 134}};
            for (int[] c : candles) {
                boolean up = c[2] < c[1];
                Color col = up ? new Color(0x22C55E) : new Color(0xEF4444);
                g.setColor(col);
                g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.drawLine(c[0], c[3], c[0], c[4]);
                int top = Math.min(c[1], c[2]);
                g.fill(new RoundRectangle2D.Double(c[0] - 10, top, 20, Math.max(6, Math.abs(c[1] - c[2])), 6, 6));
            }
            Path2D trend = new Path2D.Double();
            trend.moveTo(36, 206);
            trend.curveTo(100, 196, 150, 140, 222, 52);
            g.setColor(new Color(0x38BDF8));
            g.setStroke(new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(trend);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
            g.setColor(new Color(0xF8FAFC));
            g.drawString("T", 30, 84);
            g.dispose();
            return img;
        }

        static byte[] png(BufferedImage img) throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            ImageIO.write(img, "png", b);
            return b.toByteArray();
        }

        /** A Windows icon holding one 256×256 PNG (supported since Windows Vista). */
        static byte[] ico(byte[] png) {
            ByteBuffer b = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
            b.putShort((short) 0).putShort((short) 1).putShort((short) 1);
            b.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0); // 256×256, no palette
            b.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
            b.put(png);
            return b.array();
        }

        /** A macOS icon family of PNG entries (ic08 256×256, ic09 512×512). */
        static byte[] icns(Map<String, byte[]> entries) {
            int len = 8 + entries.values().stream().mapToInt(e -> 8 + e.length).sum();
            ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.BIG_ENDIAN);
            b.put("icns".getBytes()).putInt(len);
            entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                b.put(e.getKey().getBytes()).putInt(8 + e.getValue().length).put(e.getValue());
            });
            return b.array();
        }
    }
}
