package dev.noblame.jenkins.gate;

import static dev.noblame.jenkins.Fixtures.T0;
import static dev.noblame.jenkins.Fixtures.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.noblame.action.ActionClass;
import dev.noblame.action.ActionItem;
import dev.noblame.action.ActionPriority;
import dev.noblame.common.DomainEvent;
import dev.noblame.common.ValidationException;
import dev.noblame.incident.IncidentId;
import dev.noblame.incident.IncidentStatus;
import dev.noblame.incident.Severity;
import dev.noblame.ports.memory.InMemoryActions;
import dev.noblame.sla.SlaEvaluator;
import dev.noblame.sla.SlaPolicy;
import dev.noblame.ports.memory.InMemoryIncidents;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeployGateTest {
    private final InMemoryIncidents incidents = new InMemoryIncidents();
    private final InMemoryActions actions = new InMemoryActions();
    private final List<DomainEvent> evidence = new ArrayList<>();
    private final List<String> actors = new ArrayList<>();
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    private DeployGate gate(int maxBreached) {
        return new DeployGate(incidents, new OverdueByDueDate(actions, incidents, ZoneOffset.UTC), maxBreached,
                (e, actor) -> {
                    evidence.add(e);
                    actors.add(actor);
                }, clock);
    }

    private static GateQuery production(String service) {
        return GateQuery.of(service, "production", null);
    }

    @Test
    void a_production_deploy_with_an_open_sev1_on_the_service_is_denied_naming_it() {
        incidents.save(incident(7).severity(Severity.SEV1).build());

        GateDecision d = gate(0).decide(production("checkout"));

        assertThat(d.allowed()).isFalse();
        assertThat(d.reasons()).singleElement().satisfies(r -> assertThat(r).contains("SEV1", "INC-7"));
    }

    @Test
    void sev3_incidents_resolved_incidents_and_other_services_do_not_stop_a_deploy() {
        incidents.save(incident(1).severity(Severity.SEV3).build());
        incidents.save(incident(2).severity(Severity.SEV1).resolvedAt(T0.plusSeconds(3600)).build());
        incidents.save(incident(3).severity(Severity.SEV2).service("billing").build());

        assertThat(gate(0).decide(production("checkout")).allowed()).isTrue();
        assertThat(gate(0).decide(production("billing")).allowed()).isFalse();
    }

    @Test
    void deploys_outside_production_are_not_gated() {
        incidents.save(incident(1).severity(Severity.SEV1).build());

        GateDecision d = gate(0).decide(GateQuery.of("checkout", "staging", null));

        assertThat(d.allowed()).isTrue();
        assertThat(d.reasons()).singleElement().satisfies(r -> assertThat(r).contains("not a production deploy"));
    }

    @Test
    void breached_priority_actions_past_the_limit_deny_and_at_the_limit_allow() {
        incidents.save(incident(1).severity(Severity.SEV3).resolvedAt(T0.plusSeconds(3600)).build());
        actions.save(ActionItem.open(actions.nextId(), IncidentId.of(1), "Add retries", "sre", LocalDate.parse("2025-02-01"),
                "retries on", ActionClass.PREVENT, ActionPriority.PRIORITY, T0.minusSeconds(86400 * 60)));
        actions.save(ActionItem.open(actions.nextId(), IncidentId.of(1), "Docs", "sre", LocalDate.parse("2025-02-01"),
                "written", ActionClass.PROCESS, ActionPriority.NORMAL, T0.minusSeconds(86400 * 60)));

        GateDecision strict = gate(0).decide(production("checkout"));
        GateDecision lenient = gate(1).decide(production("checkout"));

        assertThat(strict.allowed()).isFalse();
        assertThat(strict.reasons()).singleElement().satisfies(r -> assertThat(r).contains("1 priority action", "allows 0"));
        assertThat(lenient.allowed()).isTrue();
    }

    @Test
    void with_the_sla_policy_an_old_priority_action_is_breached_against_the_policy_limit() {
        incidents.save(incident(1).severity(Severity.SEV3).resolvedAt(T0.plusSeconds(3600)).build());
        incidents.save(incident(2).service("billing").severity(Severity.SEV3).resolvedAt(T0.plusSeconds(3600)).build());
        actions.save(ActionItem.open(actions.nextId(), IncidentId.of(1), "Add retries", "sre", null,
                "retries on", ActionClass.PREVENT, ActionPriority.PRIORITY, T0.minusSeconds(86400L * 120)));
        actions.save(ActionItem.open(actions.nextId(), IncidentId.of(2), "Add alerts", "sre", null,
                "alert fires", ActionClass.DETECT, ActionPriority.PRIORITY, T0.minusSeconds(86400L * 120)));
        SlaPolicy policy = SlaPolicy.defaults();
        DeployGate slaGate = new DeployGate(incidents, new SlaBreaches(new SlaEvaluator(policy), actions, incidents),
                policy::breachedPriorityActionLimit, (e, a) -> { }, clock);

        assertThat(new SlaBreaches(new SlaEvaluator(policy), actions, incidents).count("checkout", T0)).isEqualTo(1);
        GateDecision d = slaGate.decide(production("checkout"));
        assertThat(policy.breachedPriorityActionLimit("checkout")).isZero();
        assertThat(d.allowed()).isFalse();
        assertThat(d.reasons()).singleElement().satisfies(r -> assertThat(r).startsWith("1 priority action(s) of checkout"));
    }

    @Test
    void an_override_lets_a_denied_deploy_through_and_is_recorded_on_the_evidence_chain() {
        incidents.save(incident(7).severity(Severity.SEV2).build());

        GateDecision d = gate(0).override(production("checkout"), "hotfix for INC-7", "ci-eu/alice", "https://ci/job/x/1/");

        assertThat(d.allowed()).isTrue();
        assertThat(d.overridden()).isTrue();
        assertThat(d.reasons().get(0)).isEqualTo("overridden: hotfix for INC-7");
        assertThat(evidence).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("gate.overridden");
            assertThat(e.subject()).isEqualTo("service:checkout");
            assertThat(e.data()).containsEntry("reason", "hotfix for INC-7").containsEntry("build", "https://ci/job/x/1/");
            assertThat(e.data().get("denied_because")).contains("INC-7");
        });
        assertThat(actors).containsExactly("ci-eu/alice");
    }

    @Test
    void an_override_of_an_allowed_deploy_records_nothing() {
        GateDecision d = gate(0).override(production("checkout"), "just in case", "ci-eu", null);

        assertThat(d.allowed()).isTrue();
        assertThat(d.overridden()).isFalse();
        assertThat(evidence).isEmpty();
    }

    @Test
    void an_override_needs_a_reason() {
        assertThatThrownBy(() -> gate(0).override(production("checkout"), " ", "ci-eu", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsKey("reason"));
    }

    @Test
    void a_query_names_its_bad_fields() {
        assertThatThrownBy(() -> GateQuery.of("<script>", "production", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsKey("service"));
        assertThatThrownBy(() -> GateQuery.of("checkout", "production", "moon"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields()).containsKey("environmentType"));
    }
}
