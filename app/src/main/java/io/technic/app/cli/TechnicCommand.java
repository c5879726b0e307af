package io.technic.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code technic} command: scans, inspects and benchmarks from the terminal. */
@Command(name = "technic", mixinStandardHelpOptions = true, version = "technic 0.1.0",
        description = "Technic Workstation: scan a stock universe on every core.",
        subcommands = {ScanCommand.class, BacktestCommand.class, AppCommand.class, ExplainCommand.class, InspectCommand.class,
            PatternsCommand.class, TemplatesCommand.class, StoreCommand.class, SyncCommand.class, WatchCommand.class,
            WatchlistCommand.class, AlertCommand.class, BenchCommand.class, TrainCommand.class, ModelCommand.class,
            WorkerCommand.class, SecretCommand.class, CommandLine.HelpCommand.class})
public final class TechnicCommand implements Runnable {

    /** Exit code for bad usage or unreadable input. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit code (0 ok, 2 bad usage or input). */
    public static int run(String... args) {
        return (args.length > 0 && "app".equals(args[0]) ? appOnly() : commandLine()).execute(args);
    }

    /** The configured command line (for tests that capture its output). */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new TechnicCommand()));
    }

    /**
     * {@code technic app ...} alone: the same parsing and messages, without building the other
     * sixteen commands' models (picocli reflects over every option of every subcommand, ~0.4 s of
     * CPU before the window can start opening).
     */
    static CommandLine appOnly() {
        return configure(new CommandLine(new AppOnly()));
    }

    @Command(name = "technic", mixinStandardHelpOptions = true, version = "technic 0.1.0",
            subcommands = AppCommand.class)
    static final class AppOnly implements Runnable {
        @Override
        public void run() {
            // only reached without a subcommand, which run() never passes here
        }
    }

    private static CommandLine configure(CommandLine cl) {
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("technic: " + ex.getMessage() + " (try '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            Throwable t = ex;
            while ((t instanceof java.util.concurrent.CompletionException
                    || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof java.io.UncheckedIOException && t.getCause() != null) {
                t = t.getCause();
            }
            boolean userError = t instanceof IllegalArgumentException || t instanceof CliException
                    || t instanceof io.technic.scanner.data.DataException || t instanceof java.io.IOException;
            if (!userError) {
                throw ex; // a bug, not bad input: keep the stack trace
            }
            c.getErr().println("technic: " + t.getMessage());
            if (t instanceof io.technic.scanner.expr.ExprException e) {
                e.caret().lines().forEach(line -> c.getErr().println("  " + line));
            }
            return USAGE;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
