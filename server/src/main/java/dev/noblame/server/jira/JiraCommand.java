package dev.noblame.server.jira;

import dev.noblame.common.ValidationException;
import dev.noblame.jira.JiraSettings;
import dev.noblame.jira.client.JiraClient;
import dev.noblame.jira.client.JiraHttp;
import dev.noblame.jira.provision.Plan;
import dev.noblame.jira.provision.Provisioner;
import dev.noblame.jira.sync.SyncRound;
import dev.noblame.outbox.DeliveryRound;
import dev.noblame.outbox.OutboxSettings;
import dev.noblame.outbox.OutboxWorker;
import dev.noblame.server.Hub;
import dev.noblame.server.cli.HubOptions;
import dev.noblame.server.config.ConfigException;
import dev.noblame.server.config.Settings;
import dev.noblame.server.integration.Integrations;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code noblame jira provision|sync}: set Jira up for NoBlame, or run one sync round for cron or a Jenkins job. */
@Command(name = "jira", mixinStandardHelpOptions = true, description = "Set up Jira for NoBlame and sync actions with it.",
        subcommands = {JiraCommand.Provision.class, JiraCommand.Sync.class})
public final class JiraCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Settings settings(Path config, Map<String, String> overrides) {
        return Settings.load(config, System.getenv()).with(overrides);
    }

    static JiraSettings jiraSettings(Settings settings) {
        try {
            return JiraSettings.from(settings.asMap());
        } catch (ValidationException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    @Command(name = "provision", mixinStandardHelpOptions = true,
            description = "Print the plan (issue types, link type, custom fields and contexts), then make it so. "
                    + "Idempotent: a second run writes nothing. Names what an admin must do by hand.")
    static final class Provision implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--project", required = true, description = "Key of the Jira project, e.g. OPS.")
        String project;

        @Option(names = "--dry-run", description = "Only print the plan; write nothing.")
        boolean dryRun;

        @Option(names = "--config", description = "YAML configuration file; NOBLAME_JIRA_* environment variables override it.")
        Path config;

        @Override
        public Integer call() {
            Map<String, String> o = new LinkedHashMap<>();
            o.put("jira.project", project);
            JiraSettings settings = jiraSettings(settings(config, o));
            Provisioner provisioner = new Provisioner(new JiraClient(new JiraHttp(settings)));
            Plan plan = provisioner.plan(settings.project());
            spec.commandLine().getOut().print(plan.render());
            if (dryRun || plan.writesNothing()) {
                return 0;
            }
            Plan applied = provisioner.apply(settings.project());
            spec.commandLine().getOut().println("Created " + applied.of(dev.noblame.jira.provision.Step.Kind.CREATE).size()
                    + " item(s). Run again to check: it should report everything present.");
            return 0;
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = "One round: deliver the outbox, reconcile action issues with Jira (catching missed webhooks), "
                    + "apply the SLA rules, deliver what that queued; then exit.")
    static final class Sync implements Callable<Integer> {
        static final int MAX_DELIVERY_ROUNDS = 1000;

        @Spec
        CommandSpec spec;

        @Mixin
        HubOptions options;

        @Override
        public Integer call() {
            Settings settings = options.settings();
            jiraSettings(settings);
            Integrations integrations = Integrations.standard();
            try (Hub hub = Hub.create(settings, integrations)) {
                JiraHubIntegration jira = integrations.all().stream().filter(i -> i instanceof JiraHubIntegration)
                        .map(i -> (JiraHubIntegration) i).findFirst()
                        .orElseThrow(() -> new ConfigException("the Jira integration is not part of this build"));
                // every integration's handlers: a worker that knew only Jira's would dead-letter the others' messages
                OutboxWorker worker = new OutboxWorker(hub.app().outboxStore(), integrations.outboxHandlers(), OutboxSettings.DEFAULTS,
                        "jira-sync-" + ProcessHandle.current().pid(), hub.app().clock(), new SplittableRandom());
                DeliveryRound before = drain(worker);
                SyncRound.Report report = jira.syncRound();
                DeliveryRound after = drain(worker);
                var out = spec.commandLine().getOut();
                out.println(report.render());
                out.println("outbox: " + (before.delivered() + after.delivered()) + " delivered, "
                        + (before.retried() + after.retried()) + " to retry, " + (before.deadLettered() + after.deadLettered())
                        + " dead-lettered");
                return 0;
            }
        }

        private static DeliveryRound drain(OutboxWorker worker) {
            DeliveryRound total = new DeliveryRound(0, 0, 0, 0, 0);
            for (int i = 0; i < MAX_DELIVERY_ROUNDS; i++) {
                DeliveryRound r = worker.deliverDue();
                total = total.plus(r);
                if (r.idle() || r.delivered() + r.deadLettered() == 0) {
                    break;
                }
            }
            return total;
        }
    }
}
