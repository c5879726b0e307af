package io.technic.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The machine and JVM a benchmark ran on.
 *
 * @param availableProcessors {@code Runtime.availableProcessors()}
 * @param javaVersion         {@code java.version}
 * @param javaVm              VM name and version
 * @param osName              {@code os.name}
 * @param osArch              {@code os.arch}
 * @param cpuModel            CPU model from {@code /proc/cpuinfo}, or {@code "unknown"}
 * @param maxHeapMb           {@code Runtime.maxMemory()} in MiB
 */
public record SystemInfo(int availableProcessors, String javaVersion, String javaVm, String osName,
                         String osArch, String cpuModel, long maxHeapMb) {

    /** Describes the running JVM and machine. */
    public static SystemInfo current() {
        Runtime rt = Runtime.getRuntime();
        return new SystemInfo(rt.availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"), readCpuModel(),
                rt.maxMemory() / (1024 * 1024));
    }

    private static String readCpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "unknown";
        }
        try (Stream<String> lines = Files.lines(cpuinfo)) {
            return lines.filter(s -> s.startsWith("model name"))
                    .map(s -> s.substring(s.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
