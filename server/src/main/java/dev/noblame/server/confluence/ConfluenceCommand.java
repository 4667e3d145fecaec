package dev.noblame.server.confluence;

import dev.noblame.common.ValidationException;
import dev.noblame.common.Wire;
import dev.noblame.incident.IncidentId;
import dev.noblame.kpi.Dimension;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.outbox.DeliveryRound;
import dev.noblame.outbox.OutboxSettings;
import dev.noblame.outbox.OutboxWorker;
import dev.noblame.ports.PageTarget;
import dev.noblame.server.Hub;
import dev.noblame.server.config.Settings;
import dev.noblame.server.integration.Integrations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code noblame confluence publish|publish-rollup}: queue a page in the outbox (as the hub does
 * when a postmortem is published), then run one delivery round and say what became of it.
 * Exit codes: 0 published, 1 Confluence refused or is unreachable (the message stays queued for
 * retry where that makes sense), 2 bad input or configuration.
 */
@Command(name = "confluence", mixinStandardHelpOptions = true, description = "Publish pages to Confluence.",
        subcommands = {ConfluenceCommand.Publish.class, ConfluenceCommand.PublishRollup.class})
public final class ConfluenceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the hub's data and configuration are, as for {@code serve}. */
    static final class HubOptions {
        @Option(names = "--data", description = "Data directory of the embedded database (default ./noblame-data).")
        Path data;

        @Option(names = "--db", description = "JDBC URL of the hub's database.")
        String db;

        @Option(names = "--config", description = "YAML configuration file; NOBLAME_* environment variables override it.")
        Path config;

        Settings settings() {
            Map<String, String> cli = new LinkedHashMap<>();
            cli.put("data.dir", data == null ? null : data.toString());
            cli.put("db.url", db);
            return Settings.load(config, System.getenv()).with(cli);
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true, description = "Create or update the postmortem page of an incident.")
    static final class Publish implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HubOptions hub = new HubOptions();

        @Parameters(arity = "1", paramLabel = "INC-n", description = "The incident.")
        String incident;

        @Option(names = "--space", required = true, paramLabel = "KEY", description = "Confluence space key.")
        String space;

        @Option(names = "--parent", paramLabel = "PAGE_ID", description = "Put the page under this page.")
        String parent;

        @Override
        public Integer call() {
            return run(spec, hub, (h, ci) -> {
                IncidentId id = IncidentId.parse(incident);
                if (h.app().tx().inTransaction(() -> h.app().incidents().find(id)).isEmpty()) {
                    throw ValidationException.field("incident", "no incident " + id);
                }
                h.app().tx().run(() -> ci.enqueuePostmortem(id, new PageTarget(space, parent)));
            });
        }
    }

    @Command(name = "publish-rollup", mixinStandardHelpOptions = true, description = "Create or update a KPI rollup page.")
    static final class PublishRollup implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        HubOptions hub = new HubOptions();

        @Option(names = "--space", required = true, paramLabel = "KEY", description = "Confluence space key.")
        String space;

        @Option(names = "--parent", paramLabel = "PAGE_ID", description = "Put the page under this page.")
        String parent;

        @Option(names = "--title", required = true, paramLabel = "TITLE", description = "Page title.")
        String title;

        @Option(names = "--by", defaultValue = "service", paramLabel = "service|team|vendor|release|category",
                description = "Group by (default: ${DEFAULT-VALUE}).")
        String by;

        @Option(names = "--from", paramLabel = "DATE", description = "First day (default: 90 days before --to).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", description = "Last day, inclusive (default: today, UTC).")
        LocalDate to;

        @Override
        public Integer call() {
            return run(spec, hub, (h, ci) -> {
                LocalDate last = to == null ? LocalDate.now(h.app().clock().withZone(ZoneOffset.UTC)) : to;
                LocalDate first = from == null ? last.minusDays(89) : from;
                if (first.isAfter(last)) {
                    throw ValidationException.field("--from", "must not be after --to (" + last + ")");
                }
                KpiPeriod period = KpiPeriod.of(first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
                h.app().tx().run(() -> ci.enqueueRollup(title, dimension(by), period, new PageTarget(space, parent)));
            });
        }

        static Dimension dimension(String by) {
            return "category".equalsIgnoreCase(by == null ? "" : by.strip()) ? Dimension.FACTOR_CATEGORY : Wire.parse(Dimension.class, by, "--by");
        }
    }

    /** Opens the hub's database, queues through {@code enqueue}, and delivers due messages once. */
    static int run(CommandSpec spec, HubOptions options, BiConsumer<Hub, ConfluenceIntegration> enqueue) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Hub hub = Hub.create(options.settings(), Integrations.standard())) {
            ConfluenceIntegration ci = hub.integrations().all().stream().filter(ConfluenceIntegration.class::isInstance)
                    .map(ConfluenceIntegration.class::cast).findFirst().orElseThrow();
            if (!ci.configured()) {
                err.println("noblame confluence: confluence.url is not set (NOBLAME_CONFLUENCE_URL)");
                return 2;
            }
            enqueue.accept(hub, ci);
            // every integration's handlers, so the round never dead-letters another topic's message
            OutboxWorker worker = new OutboxWorker(hub.app().outboxStore(), hub.integrations().outboxHandlers(), OutboxSettings.DEFAULTS,
                    "cli-" + ProcessHandle.current().pid(), hub.app().clock(), new SplittableRandom());
            DeliveryRound round = worker.drain(Duration.ofMinutes(2));
            var status = ci.status();
            if (status.lastError().isPresent() || round.delivered() == 0) {
                err.println("noblame confluence: not published: " + status.lastError().orElse("nothing was delivered"));
                return 1;
            }
            out.println("published: " + ci.lastDelivered().orElse("delivered"));
            return 0;
        } catch (ValidationException e) {
            err.println("noblame confluence: " + e.getMessage());
            return 2;
        }
    }
}
