package io.technic.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code technic app} parses through a command line of its own (start-up), with the full one's messages. */
class AppCommandLineTest {

    private static CliRun run(picocli.CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void helpAndErrorsReadAsTheFullCommandLines() {
        for (String[] args : new String[][] {{"app", "--help"}, {"app", "--bogus"}, {"app", "--exit-after-scan=x"}}) {
            CliRun fast = run(TechnicCommand.appOnly(), args);
            CliRun full = run(TechnicCommand.commandLine(), args);
            assertThat(fast).as(String.join(" ", args)).isEqualTo(full);
        }
        CliRun help = run(TechnicCommand.appOnly(), "app", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: technic app").contains("--report-startup").contains("--no-scan");
        CliRun bad = run(TechnicCommand.appOnly(), "app", "--bogus");
        assertThat(bad.exitCode()).isEqualTo(TechnicCommand.USAGE);
        assertThat(bad.err()).startsWith("technic: Unknown option: '--bogus'").contains("technic app --help");
    }

    @Test
    void aNegativeDelayIsRefusedBeforeAnyWindowOpens() {
        CliRun r = run(TechnicCommand.appOnly(), "app", "--exit-after-scan=-1");
        assertThat(r.exitCode()).isEqualTo(TechnicCommand.USAGE);
        assertThat(r.err()).contains("--exit-after-scan: SECONDS must be 0 or more, not -1.0");
    }
}
