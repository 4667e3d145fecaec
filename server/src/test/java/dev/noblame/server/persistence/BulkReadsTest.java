package dev.noblame.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.deployment.Correlation;
import dev.noblame.deployment.CorrelationOutcome;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.incident.Impact;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentLinks;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.server.support.Databases;
import dev.noblame.server.support.Databases.Kind;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bulk reads the KPI index refreshes with, on H2 and on PostgreSQL alike. */
class BulkReadsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path dir;

    private static Incident incident(long n, Instant started) {
        return new Incident(IncidentId.of(n), IncidentKind.INCIDENT, "Errors " + n, Severity.SEV3, "checkout", "payments",
                "production", null, null, started, null, null, null, IncidentStatus.REPORTED, Reporter.anonymous(), Impact.NONE,
                new IncidentLinks(List.of(), n % 2 == 0 ? List.of("https://ci/job/" + n) : List.of(), Optional.empty()), null);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void incidents_are_read_by_id_across_several_batches_of_ids_and_all_of_them_in_id_order(Kind kind) {
        try (Database db = Databases.open(kind, dir)) {
            var incidents = new JdbiIncidents(db.transactions(), db.dialect());
            // later ids start earlier: id order is not start order
            db.transactions().run(() -> LongStream.rangeClosed(1, 1200).forEach(n -> incidents.save(incident(n, T0.minusSeconds(n)))));
            List<IncidentId> asked = new ArrayList<>();
            LongStream.rangeClosed(1, 1300).filter(n -> n % 2 == 0).forEach(n -> asked.add(IncidentId.of(n)));

            List<Incident> found = incidents.withIds(asked);

            assertThat(found).hasSize(600).extracting(Incident::id)
                    .containsExactlyElementsOf(asked.stream().filter(id -> id.number() <= 1200).toList());
            assertThat(found.get(0)).isEqualTo(incident(2, T0.minusSeconds(2)));
            assertThat(incidents.all()).hasSize(1200).extracting(i -> i.id().number()).isSorted();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void postmortems_and_action_items_are_read_for_many_incidents_at_once(Kind kind) {
        try (Database db = Databases.open(kind, dir)) {
            var tx = db.transactions();
            var incidents = new JdbiIncidents(tx, db.dialect());
            var postmortems = new JdbiPostmortems(tx);
            var actions = new JdbiActions(tx, db.dialect());
            for (long n = 1; n <= 3; n++) {
                incidents.save(incident(n, T0));
            }
            Postmortem p = Postmortem.start(IncidentId.of(2), T0)
                    .withFactors(List.of(ContributingFactor.of(FactorCategory.PROCESS, "No review", "review")), "ana", T0);
            postmortems.save(p);
            ActionItem first = ActionItem.open(actions.nextId(), IncidentId.of(1), "Alert", "sre", LocalDate.of(2026, 4, 1), null,
                    ActionClass.DETECT, ActionPriority.NORMAL, T0);
            ActionItem second = ActionItem.open(actions.nextId(), IncidentId.of(3), "Review", "sre", null, null,
                    ActionClass.PROCESS, ActionPriority.PRIORITY, T0);
            ActionItem third = ActionItem.open(actions.nextId(), IncidentId.of(1), "Runbook", "sre", null, null,
                    ActionClass.PROCESS, ActionPriority.NORMAL, T0);
            actions.save(first);
            actions.save(second);
            actions.save(third);

            assertThat(postmortems.ofIncidents(List.of(IncidentId.of(1), IncidentId.of(2)))).containsExactly(p);
            assertThat(actions.ofIncidents(List.of(IncidentId.of(1), IncidentId.of(2)))).containsExactly(first, third);
            assertThat(actions.ofIncidents(List.of())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void correlation_decisions_are_found_by_many_keys_at_once(Kind kind) {
        try (Database db = Databases.open(kind, dir)) {
            var correlations = new JdbiCorrelations(db.transactions());
            new JdbiIncidents(db.transactions(), db.dialect()).save(incident(1, T0));
            Correlation linked = new Correlation(Correlation.deploymentKey("checkout#1", DeploymentState.FAILED),
                    CorrelationOutcome.LINKED, "checkout#1", Optional.of(IncidentId.of(1)), List.of(), T0);
            Correlation nothing = new Correlation(Correlation.deploymentKey("checkout#2", DeploymentState.SUCCESSFUL),
                    CorrelationOutcome.NOTHING_TO_LINK, "checkout#2", Optional.empty(), List.of(), T0);
            correlations.save(linked);
            correlations.save(nothing);

            var found = correlations.findAll(List.of(linked.key(), nothing.key(), "deployment:unknown:failed"));

            assertThat(found).containsOnlyKeys(linked.key(), nothing.key());
            assertThat(found.get(linked.key())).isEqualTo(linked);
        }
    }
}
