package dev.noblame.server.cli;

import dev.noblame.server.Hub;
import dev.noblame.server.auth.ApiTokens;
import dev.noblame.server.auth.Role;
import dev.noblame.server.integration.Integrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage API tokens.",
        subcommands = {TokenCommand.Create.class})
public final class TokenCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create an API token and print it once; only its hash is stored.")
    static final class Create implements Runnable {
        @Spec
        CommandSpec spec;

        @Option(names = "--role", required = true,
                description = "reporter, responder, reviewer, admin, people-ops or legal.")
        String role;

        @Option(names = "--name", description = "Who or what holds the token (default: the role).")
        String name;

        @Mixin
        HubOptions hub;

        @Override
        public void run() {
            Role parsed = Role.parse(role);
            try (Hub opened = Hub.create(hub.settings(), Integrations.standard())) {
                ApiTokens.Created created = opened.tokens().create(name == null ? parsed.wireName() : name, parsed);
                var out = spec.commandLine().getOut();
                out.println(created.secret());
                spec.commandLine().getErr().println("token " + created.id() + " for '" + created.name() + "' with role "
                        + parsed.wireName() + ": store it now, it is not shown again");
                out.flush();
            }
        }
    }
}
