package io.technic.scanner.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

@DisabledOnOs(OS.WINDOWS)
class OpenMpWaitPolicyTest {

    @Test
    void setIfAbsentSetsTheVariableNativeCodeSeesAndKeepsTheFirstValue() {
        String name = "TECHNIC_TEST_VAR_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        assertThat(OpenMpWaitPolicy.nativeValue(name)).isNull();

        assertThat(OpenMpWaitPolicy.setIfAbsent(name, "passive")).isTrue();
        assertThat(OpenMpWaitPolicy.nativeValue(name)).isEqualTo("passive");

        assertThat(OpenMpWaitPolicy.setIfAbsent(name, "active")).isFalse();
        assertThat(OpenMpWaitPolicy.nativeValue(name)).isEqualTo("passive");
    }

    @Test
    void aValueFromTheEnvironmentIsKept() {
        String path = System.getenv("PATH");
        assertThat(path).isNotNull();

        assertThat(OpenMpWaitPolicy.setIfAbsent("PATH", "/nowhere")).isFalse();
        assertThat(OpenMpWaitPolicy.nativeValue("PATH")).isEqualTo(path);
    }

    @Test
    void aJvmStartedWithoutTheVariableHasItOnceTheXgboostModelClassLoads() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                PrintWaitPolicy.class.getName());
        pb.environment().remove(OpenMpWaitPolicy.VARIABLE);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(out).contains("before=null").contains("after=passive");
    }

    /** Run in a child JVM: the native variable before and after XgboostAlphaModel initialises. */
    static final class PrintWaitPolicy {
        public static void main(String[] args) throws ClassNotFoundException {
            String before = OpenMpWaitPolicy.nativeValue(OpenMpWaitPolicy.VARIABLE);
            Class.forName(XgboostAlphaModel.class.getName(), true, PrintWaitPolicy.class.getClassLoader());
            System.out.println("before=" + before + " after=" + OpenMpWaitPolicy.nativeValue(OpenMpWaitPolicy.VARIABLE));
        }
    }
}
