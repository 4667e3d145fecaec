package dev.noblame.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.incident.Impact;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentLinks;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.server.AppContext;
import dev.noblame.server.auth.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardPageTest {
    @TempDir
    static Path dir;
    static WebHub hub;

    @BeforeAll
    static void start() {
        hub = WebHub.start(dir);
        AppContext app = hub.hub.app();
        Instant now = app.clock().instant();
        save(app, IncidentKind.INCIDENT, "checkout", now.minus(Duration.ofDays(40)), Duration.ofHours(3), Reporter.named("alice"));
        save(app, IncidentKind.INCIDENT, "search", now.minus(Duration.ofDays(10)), Duration.ofHours(1), Reporter.anonymous());
        save(app, IncidentKind.NEAR_MISS, "checkout", now.minus(Duration.ofDays(5)), Duration.ofMinutes(5), Reporter.named("alice"));
        Incident late = save(app, IncidentKind.INCIDENT, "billing", now.minus(Duration.ofDays(60)), Duration.ofHours(2),
                Reporter.named("bob"));
        app.actions().save(ActionItem.open(app.actions().nextId(), late.id(), "Add a retry budget to the invoice client",
                "billing lead", LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(9), "retries stay under 3 per call",
                ActionClass.PREVENT, ActionPriority.PRIORITY, now.minus(Duration.ofDays(50))));
        // saved straight through the repositories, with no events: tell the KPI index to read everything again
        hub.hub.insights().invalidate();
    }

    @AfterAll
    static void stop() {
        hub.close();
    }

    @Test
    void the_dashboard_draws_its_three_charts_as_inline_svg_with_accessible_names() {
        Document page = hub.signedIn(Role.REPORTER).get("/dashboard").doc();

        assertThat(page.select("svg.chart")).hasSize(3);
        assertThat(page.select("svg.chart > title").eachText())
                .containsExactly("Incidents and near-misses per month", "MTTR by service", "Action items on time vs late");
        assertThat(page.select("svg.chart").eachAttr("role")).containsOnly("img");
        assertThat(page.select("#chart-mttr rect.chart-bar")).hasSize(3);
        assertThat(page.select("#chart-reports path.chart-line")).hasSize(2);
    }

    @Test
    void the_key_figures_count_incidents_and_near_misses_of_the_period() {
        Document page = hub.signedIn(Role.REPORTER).get("/dashboard").doc();

        assertThat(page.select("#kpis .kpi").get(0).text()).isEqualTo("3 incidents");
        assertThat(page.select("#kpis .kpi").get(1).text()).startsWith("1 near-misses");
    }

    @Test
    void the_thank_you_panel_recognises_reporters_by_count_and_names_nobody_for_not_doing_something() {
        Document page = hub.signedIn(Role.REPORTER).get("/dashboard").doc();

        String thanks = page.select("#thanks").text();
        assertThat(thanks).contains("1 near-misses reported").contains("alice: 2 reports").contains("bob: 1 report");
        assertThat(thanks).doesNotContainIgnoringCase("late").doesNotContainIgnoringCase("overdue");
    }

    @Test
    void an_action_past_its_date_is_listed_as_needing_help() {
        Document page = hub.signedIn(Role.REPORTER).get("/dashboard").doc();

        assertThat(page.select("#overdue tbody tr")).hasSize(1);
        assertThat(page.select("#overdue tbody tr").text()).contains("Add a retry budget").contains("billing lead");
    }

    @Test
    void the_rollup_groups_by_the_chosen_dimension() {
        Document page = hub.signedIn(Role.REPORTER).get("/dashboard?by=service").doc();

        assertThat(page.select("#rollup tbody th").eachText()).contains("checkout", "search", "billing");
    }

    @Test
    void an_unreadable_period_is_refused_with_the_format() {
        Browser.Page page = hub.signedIn(Role.REPORTER).get("/dashboard?from=March");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.doc().text()).contains("2026-03");
    }

    @Test
    void a_period_before_anything_happened_shows_empty_charts_that_say_so() {
        YearMonth long_ago = YearMonth.of(2001, 1);
        Document page = hub.signedIn(Role.REPORTER).get("/dashboard?from=" + long_ago + "&to=" + long_ago.plusMonths(2)).doc();

        assertThat(page.select("svg.chart")).hasSize(3);
        assertThat(page.select("#chart-mttr text.chart-empty").text()).isEqualTo("No data for this period");
    }

    private static Incident save(AppContext app, IncidentKind kind, String service, Instant started, Duration toResolve,
                                 Reporter reporter) {
        Instant resolved = started.plus(toResolve);
        Incident i = new Incident(app.incidents().nextId(), kind, kind + " on " + service, Severity.SEV2, service, "team-" + service,
                "production", null, null, started, started.plus(Duration.ofMinutes(10)), resolved, resolved, IncidentStatus.RESOLVED,
                reporter, Impact.NONE, IncidentLinks.NONE, null);
        app.incidents().save(i);
        return i;
    }
}
