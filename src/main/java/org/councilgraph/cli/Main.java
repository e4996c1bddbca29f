package org.councilgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code councilgraph} command line: convert, load, compact, query, serve, demo. */
@Command(name = "councilgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns English councils' children's-services papers into linked data.",
        subcommands = {ConvertCommand.class, LoadCommand.class, ImportCommand.class, CompactCommand.class, QueryCommand.class, ServeCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("error: " + oneLine(ex));
            return 2;
        });
        return cl;
    }

    static String oneLine(Throwable ex) {
        String msg = ex.getMessage() != null ? ex.getMessage() : ex.toString();
        return msg.replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"councilgraph " + (v != null ? v : "dev")};
        }
    }
}
