package dev.noblame.server.cli;

import dev.noblame.server.cli.writing.LintCommand;
import dev.noblame.server.cli.writing.RedactCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code noblame} command line. Subcommands are registered in {@link #commandLine()}. */
@Command(name = "noblame",
        mixinStandardHelpOptions = true,
        versionProvider = NoBlameCommand.Version.class,
        description = "Blameless postmortems for teams that run Jira, Jenkins and Confluence.",
        subcommands = {CommandLine.HelpCommand.class, VersionCommand.class,
                ServeCommand.class,
                TokenCommand.class,
                EvidenceCommand.class,
                dev.noblame.server.cli.policy.PolicyCommand.class,
                LintCommand.class,
                RedactCommand.class,
                dev.noblame.server.confluence.RenderCommand.class,
                dev.noblame.server.confluence.ConfluenceCommand.class,
                dev.noblame.server.jira.JiraCommand.class})
public final class NoBlameCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Exit codes: 0 ok, 1 findings of error severity, 2 bad input or usage. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NoBlameCommand());
        cli.setExitCodeExceptionMapper(e -> 2);
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("noblame: " + ex.getMessage());
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("noblame: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static String version() {
        String v = NoBlameCommand.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"noblame " + version()};
        }
    }
}
