package dev.noblame.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.deployment.Commit;
import dev.noblame.deployment.Deployment;
import dev.noblame.deployment.DeploymentState;
import dev.noblame.deployment.EnvironmentType;
import dev.noblame.incident.Impact;
import dev.noblame.incident.Incident;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentKind;
import dev.noblame.incident.IncidentLinks;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Reporter;
import dev.noblame.incident.Severity;
import dev.noblame.incident.TimelineEntry;
import dev.noblame.postmortem.ContributingFactor;
import dev.noblame.postmortem.FactorCategory;
import dev.noblame.postmortem.Postmortem;
import dev.noblame.postmortem.Section;
import dev.noblame.ports.IncidentQuery;
import dev.noblame.server.support.Databases;
import dev.noblame.server.support.Databases.Kind;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JDBI repositories keep every field of the domain records, on H2 and on PostgreSQL alike. */
class RepositoryTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00.123456Z");

    @TempDir
    Path dir;

    private static Incident incident(long n, String service, Severity severity, Instant started) {
        return new Incident(IncidentId.of(n), IncidentKind.INCIDENT, "Checkout errors " + n, severity, service, "payments",
                "production", "Stripe", "2026.03.1", started, started.plusSeconds(60), started.plusSeconds(600),
                started.plusSeconds(3600), IncidentStatus.RESOLVED, Reporter.named("ana"), new Impact(true, false, true),
                new IncidentLinks(List.of("OPS-1", "OPS-2"), List.of("https://ci/job/1"), Optional.of("12345")), null);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void an_incident_reads_back_exactly_as_saved_and_saving_again_replaces_it(Kind kind) {
        try (Database db = Databases.open(kind, dir)) {
            var incidents = new JdbiIncidents(db.transactions(), db.dialect());
            Incident saved = incident(incidents.nextId().number(), "checkout", Severity.SEV2, T0);
            incidents.save(saved);
            assertThat(incidents.find(saved.id())).contains(saved);

            Incident anonymous = new Incident(saved.id(), IncidentKind.NEAR_MISS, "Almost", Severity.SEV4, "checkout", null,
                    null, null, null, T0, null, null, null, IncidentStatus.REPORTED, Reporter.anonymous(), null, null, null);
            incidents.save(anonymous);
            assertThat(incidents.find(saved.id())).contains(anonymous);
            assertThat(incidents.nextId().number()).isGreaterThan(saved.id().number());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void incidents_are_filtered_paged_newest_first_and_counted(Kind kind) {
        try (Database db = Databases.open(kind, dir)) {
            var incidents = new JdbiIncidents(db.transactions(), db.dialect());
            for (int i = 1; i <= 7; i++) {
                incidents.save(incident(i, i % 2 == 0 ? "search" : "checkout", i <= 3 ? Severity.SEV1 : Severity.SEV3,
                        T0.plusSeconds(i * 3600L)));
            }
            IncidentQuery checkout = new IncidentQuery("checkout", null, null, null, null, null, null, 0, 2);

            assertThat(incidents.count(checkout)).isEqualTo(4);
            assertThat(incidents.list(checkout)).extracting(i -> i.id().number()).containsExactly(7L, 5L);
            assertThat(incidents.list(checkout.page(2, 2))).extracting(i -> i.id().number()).containsExactly(3L, 1L);
            IncidentQuery window = new IncidentQuery(null, "payments", Severity.SEV1, IncidentKind.INCIDENT, IncidentStatus.RESOLVED,
                    T0.plusSeconds(2 * 3600), T0.plusSeconds(3 * 3600 + 1), 0, 10);
            assertThat(incidents.list(window)).extracting(i -> i.id().number()).containsExactly(3L, 2L);
            assertThat(incidents.startedBetween("search", T0, T0.plusSeconds(5 * 3600))).extracting(i -> i.id().number())
                    .containsExactly(2L, 4L);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void a_postmortem_keeps_its_sections_factors_reviewers_and_approvals(Kind kind) {
        try (Database db = Databases.open(kind, dir)) {
            var incidents = new JdbiIncidents(db.transactions(), db.dialect());
            var postmortems = new JdbiPostmortems(db.transactions());
            incidents.save(incident(1, "checkout", Severity.SEV2, T0));
            Postmortem p = Postmortem.start(IncidentId.of(1), T0)
                    .withSection(Section.SUMMARY, "Payments failed \"briefly\" — 20 min.\nSecond line", "ana", T0)
                    .withSection(Section.WHERE_WE_GOT_LUCKY, "Low traffic", "bo", T0.plusSeconds(5))
                    .withFactors(List.of(ContributingFactor.of(FactorCategory.VENDOR, "Rate limit lowered", "vendor", "normalised deviance"),
                            ContributingFactor.of(FactorCategory.PROCESS, "No change notice")), "ana", T0.plusSeconds(9))
                    .withReviewers(Set.of("cy"), T0.plusSeconds(10));
            p = p.submitForReview(T0.plusSeconds(11), "ana").after().approve(T0.plusSeconds(12), "cy").after();
            postmortems.save(p);

            assertThat(postmortems.find(IncidentId.of(1))).contains(p);
            assertThat(postmortems.all()).containsExactly(p);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void action_items_deployments_and_timeline_entries_read_back_exactly(Kind kind) {
        try (Database db = Databases.open(kind, dir)) {
            var tx = db.transactions();
            new JdbiIncidents(tx, db.dialect()).save(incident(1, "checkout", Severity.SEV2, T0));
            var actions = new JdbiActions(tx, db.dialect());
            ActionItem a = ActionItem.open(actions.nextId(), IncidentId.of(1), "Alert on p99", "sre", LocalDate.of(2026, 4, 1),
                    "fires in a drill", ActionClass.DETECT, ActionPriority.PRIORITY, T0).withFactorKey("technology:monitoring");
            actions.save(a);
            ActionItem done = a.complete(T0.plusSeconds(100)).after();
            actions.save(done);
            assertThat(actions.find(a.id())).contains(done);
            assertThat(actions.ofIncident(IncidentId.of(1))).containsExactly(done);

            var deployments = new JdbiDeployments(tx);
            Deployment d = new Deployment("checkout#42", "checkout/main", 42, "https://ci/job/checkout/42", "checkout", "prod-eu",
                    EnvironmentType.PRODUCTION, DeploymentState.ROLLED_BACK,
                    List.of(new Commit("abc123", "OPS-1 fix", T0.minusSeconds(3600)), new Commit("def456", "tidy", null)),
                    List.of("OPS-1"), 17, T0, T0.plusSeconds(300));
            deployments.save(d);
            assertThat(deployments.find("checkout#42")).contains(d);
            assertThat(deployments.ofService("checkout", T0, T0.plusSeconds(1))).containsExactly(d);
            assertThat(deployments.startedBetween(T0.plusSeconds(1), T0.plusSeconds(2))).isEmpty();

            var timeline = new JdbiTimeline(tx);
            TimelineEntry late = new TimelineEntry(IncidentId.of(1), T0.plusSeconds(60), "Rolled back", "jenkins", null);
            TimelineEntry early = new TimelineEntry(IncidentId.of(1), T0, "Alert fired", "manual", "ana");
            timeline.append(late);
            timeline.append(early);
            assertThat(timeline.of(IncidentId.of(1))).containsExactly(early, late);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void a_batch_of_new_incidents_gets_distinct_ascending_ids_and_reads_back_exactly(Kind kind) {
        try (Database db = Databases.open(kind, dir)) {
            var incidents = new JdbiIncidents(db.transactions(), db.dialect());
            long before = incidents.nextId().number();

            List<IncidentId> ids = incidents.nextIds(5);
            List<Incident> batch = ids.stream().map(id -> incident(id.number(), "checkout", Severity.SEV3, T0)).toList();
            incidents.insertAll(batch);

            assertThat(ids).extracting(IncidentId::number).isSorted().doesNotHaveDuplicates().allMatch(n -> n > before);
            assertThat(incidents.withIds(ids)).containsExactlyElementsOf(batch);
            assertThat(incidents.withIds(List.of(ids.get(1), IncidentId.of(999_999)))).containsExactly(batch.get(1));
            assertThat(incidents.nextId().number()).isGreaterThan(ids.get(4).number());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void a_batch_with_a_taken_id_stores_none_of_its_incidents(Kind kind) {
        try (Database db = Databases.open(kind, dir)) {
            var incidents = new JdbiIncidents(db.transactions(), db.dialect());
            Incident existing = incident(2, "checkout", Severity.SEV2, T0);
            incidents.save(existing);

            assertThatThrownBy(() -> incidents.insertAll(List.of(incident(1, "search", Severity.SEV3, T0),
                    incident(2, "search", Severity.SEV3, T0), incident(3, "search", Severity.SEV3, T0))))
                    .isInstanceOf(RuntimeException.class);

            assertThat(incidents.withIds(List.of(IncidentId.of(1), IncidentId.of(2), IncidentId.of(3)))).containsExactly(existing);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void the_evidence_table_keeps_only_its_sequence_key_and_subject_index_after_migration(Kind kind) {
        try (Database db = Databases.open(kind, dir)) {
            long uniques = db.transactions().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM information_schema.table_constraints "
                    + "WHERE UPPER(table_name) = 'EVIDENCE_ENTRY' AND constraint_type = 'UNIQUE'").mapTo(Long.class).one());
            long keys = db.transactions().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM information_schema.table_constraints "
                    + "WHERE UPPER(table_name) = 'EVIDENCE_ENTRY' AND constraint_type = 'PRIMARY KEY'").mapTo(Long.class).one());

            assertThat(uniques).as("unique constraints on hash and prev_hash are dropped").isZero();
            assertThat(keys).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void a_failed_use_case_writes_nothing_at_all(Kind kind) {
        try (Database db = Databases.open(kind, dir)) {
            var tx = db.transactions();
            var incidents = new JdbiIncidents(tx, db.dialect());
            var outbox = new JdbiOutboxStore(tx, java.time.Clock.systemUTC());

            assertThatThrownBy(() -> tx.run(() -> {
                incidents.save(incident(1, "checkout", Severity.SEV2, T0));
                outbox.enqueue("jira.action.upsert", "INC-1", "{}");
                throw new IllegalStateException("the evidence append failed");
            })).hasMessageContaining("evidence append failed");

            assertThat(incidents.find(IncidentId.of(1))).isEmpty();
            assertThat(outbox.topics()).isEmpty();
        }
    }
}
