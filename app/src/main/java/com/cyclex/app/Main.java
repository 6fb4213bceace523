package com.cyclex.app;

import picocli.CommandLine;

/** The entry point: a plain class (not a JavaFX Application) so the app also starts from a plain classpath. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return run(new CyclexCommand(), args);
    }

    static int run(CyclexCommand command, String... args) {
        CommandLine line = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
        line.getCommandSpec().usageMessage().exitCodeList(ExitCode.helpList());
        line.setExecutionExceptionHandler((e, cmd, parsed) -> command.unexpected(e, cmd.getCommand() == command));
        return line.execute(args);
    }
}
