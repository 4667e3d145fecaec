package dev.noblame.bench.confluence;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionId;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.confluence.ConfluenceDeployment;
import dev.noblame.confluence.macro.MacroContext;
import dev.noblame.confluence.macro.PostmortemMacro;
import dev.noblame.confluence.macro.RollupMacro;
import dev.noblame.incident.Impact;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentLinks;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.kpi.Dimension;
import dev.noblame.kpi.KpiData;
import dev.noblame.kpi.KpiPeriod;
import dev.noblame.kpi.Kpis;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.PostmortemStatus;
import dev.noblame.postmortem.Section;
import dev.noblame.render.PostmortemDocument;
import dev.noblame.sla.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering the Confluence macros: one full postmortem page (all twelve sections, a 30-entry
 * timeline, 8 actions, 4 factors) to storage format and to the HTML preview; and a rollup over
 * 10,000 postmortems (with 30,000 actions), both from prebuilt KPI data and end to end from the
 * domain objects (indexing, KPI computation by service, rendering to storage format).
 * Targets: postmortem &lt; 5 ms, rollup over 10,000 &lt; 200 ms.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar MacroBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MacroBenchmark {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final KpiPeriod YEAR = KpiPeriod.months(YearMonth.of(2026, 1), YearMonth.of(2026, 12), ZoneOffset.UTC);
    private static final String PARAGRAPH = "The connection pool was sized for staging traffic, so under the lunch peak "
            + "requests queued for a connection and the load balancer answered **502** after 30 seconds. See `pool.max` "
            + "and the [dashboard](https://grafana.example.com/d/checkout).";

    private MacroContext ctx;
    private PostmortemDocument page;
    private List<Incident> incidents;
    private List<Postmortem> postmortems;
    private List<ActionItem> actions;
    private KpiData data;

    @Setup
    public void setUp() {
        ctx = new MacroContext(ConfluenceDeployment.CLOUD, Optional.empty(), Map.of("payments team", "557058:abc"),
                LocalDate.parse("2026-06-01"), "OPS");
        page = document(1, new Random(1), 30, 8);
        Random rnd = new Random(42);
        incidents = new ArrayList<>();
        postmortems = new ArrayList<>();
        actions = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            PostmortemDocument d = document(i, rnd, 0, 3);
            incidents.add(d.incident());
            postmortems.add(d.postmortem());
            actions.addAll(d.actions());
        }
        data = kpiData();
    }

    @Benchmark
    public String postmortemStorage() {
        return PostmortemMacro.render(page, ctx).storage();
    }

    @Benchmark
    public String postmortemPreview() {
        return PostmortemMacro.render(page, ctx).preview();
    }

    @Benchmark
    public String rollup10kFromIndexedData() {
        return RollupMacro.render("2026 by service", Kpis.rollup(data, YEAR, Dimension.SERVICE), ctx).storage();
    }

    @Benchmark
    public String rollup10kEndToEnd() {
        return RollupMacro.render("2026 by service", Kpis.rollup(kpiData(), YEAR, Dimension.SERVICE), ctx).storage();
    }

    private KpiData kpiData() {
        return KpiData.builder(SlaPolicy.defaults()).asOf(Instant.parse("2027-01-01T00:00:00Z"))
                .incidents(incidents).postmortems(postmortems).actions(actions).build();
    }

    static PostmortemDocument document(int n, Random rnd, int timelineEntries, int actionCount) {
        IncidentId id = IncidentId.of(n);
        Instant started = START.plus(Duration.ofMinutes(rnd.nextInt(360 * 24 * 60)));
        String service = "service-" + rnd.nextInt(40);
        Incident incident = new Incident(id, rnd.nextInt(10) == 0 ? IncidentKind.NEAR_MISS : IncidentKind.INCIDENT,
                "Checkout errors after release " + n, Severity.values()[rnd.nextInt(4)], service, "team-" + rnd.nextInt(12),
                "production", rnd.nextBoolean() ? "vendor-" + rnd.nextInt(5) : null, "release-" + rnd.nextInt(100), started,
                started.plus(Duration.ofMinutes(1 + rnd.nextInt(60))), started.plus(Duration.ofMinutes(61 + rnd.nextInt(60))),
                started.plus(Duration.ofMinutes(121 + rnd.nextInt(600))), IncidentStatus.RESOLVED, Reporter.anonymous(), Impact.NONE,
                IncidentLinks.NONE, null);
        Map<Section, String> sections = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            sections.put(s, PARAGRAPH + "\n\n- first point\n- second point\n\n" + PARAGRAPH);
        }
        FactorCategory[] categories = FactorCategory.values();
        List<ContributingFactor> factors = List.of(
                ContributingFactor.of(categories[rnd.nextInt(categories.length)], "Pool sized for staging", "release"),
                ContributingFactor.of(categories[rnd.nextInt(categories.length)], "Canary too short", "normalised-deviance"),
                ContributingFactor.of(FactorCategory.TECHNOLOGY, "Alert threshold too high", "workaround"),
                ContributingFactor.of(FactorCategory.VENDOR, "CDN purge slow", "vendor"));
        Postmortem pm = new Postmortem(id, PostmortemStatus.PUBLISHED, sections, factors, Set.of("payments team"), Set.of("reviewer"),
                Set.of("reviewer"), null, started, started);
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int t = 0; t < timelineEntries; t++) {
            timeline.add(new TimelineEntry(id, started.plusSeconds(60L * t), "Step " + t + ": " + PARAGRAPH, "manual", null));
        }
        List<ActionItem> acts = new ArrayList<>();
        for (int a = 0; a < actionCount; a++) {
            acts.add(ActionItem.open(ActionId.of((long) n * 10 + a), id, "Action " + a + " for " + id, "payments team",
                    LocalDate.ofInstant(started, ZoneOffset.UTC).plusDays(28 + rnd.nextInt(90)), "Measured by the weekly check",
                    ActionClass.PREVENT, a == 0 ? ActionPriority.PRIORITY : ActionPriority.NORMAL, started));
        }
        return new PostmortemDocument(incident, pm, timeline, acts, List.of());
    }
}
