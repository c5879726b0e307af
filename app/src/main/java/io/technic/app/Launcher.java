package io.technic.app;

import io.technic.app.cli.TechnicCommand;

/** Entry point of the {@code technic} command (and, later, the desktop app). */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        System.exit(TechnicCommand.run(args));
    }
}
