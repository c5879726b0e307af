package io.technic.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code technic} command: scans, inspects and benchmarks from the terminal. */
@Command(name = "technic", mixinStandardHelpOptions = true, version = "technic 0.1.0",
        description = "Technic Workstation: scan a stock universe on every core.",
        subcommands = {CommandLine.HelpCommand.class})
public final class TechnicCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit code (0 ok, 2 bad usage or input). */
    public static int run(String... args) {
        return new CommandLine(new TechnicCommand()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
