package dev.noblame.postmortem;

import static dev.noblame.fixtures.Incidents.aNearMiss;
import static dev.noblame.fixtures.Incidents.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.noblame.incident.Impact;
import dev.noblame.incident.Severity;
import dev.noblame.sla.SlaPolicy;
import org.junit.jupiter.api.Test;

class PostmortemRequirementTest {
    private final PostmortemRequirement rules = SlaPolicy.defaults().postmortemRequirement();

    @Test
    void a_sev1_or_sev2_incident_requires_a_postmortem_and_says_why() {
        PostmortemDecision d = rules.decide(anIncident().severity(Severity.SEV2).build());

        assertThat(d.requirement()).isEqualTo(Requirement.REQUIRED);
        assertThat(d.triggers()).containsExactly("severity");
        assertThat(d.reasons()).singleElement().asString().contains("SEV2");
    }

    @Test
    void data_loss_requires_a_postmortem_whatever_the_severity() {
        PostmortemDecision d = rules.decide(anIncident().severity(Severity.SEV4).impact(new Impact(true, false, false)).build());

        assertThat(d.isRequired()).isTrue();
        assertThat(d.triggers()).containsExactly("data_loss");
    }

    @Test
    void security_exposure_and_a_request_each_require_one_and_every_reason_is_reported() {
        PostmortemDecision d = rules.decide(anIncident().severity(Severity.SEV1).impact(new Impact(false, true, true)).build());

        assertThat(d.triggers()).containsExactly("severity", "security_exposure", "requested");
        assertThat(d.reasons()).hasSize(3);
    }

    @Test
    void a_sev3_without_other_triggers_does_not_require_one_and_says_why() {
        PostmortemDecision d = rules.decide(anIncident().severity(Severity.SEV3).build());

        assertThat(d.requirement()).isEqualTo(Requirement.NOT_REQUIRED);
        assertThat(d.reasons()).singleElement().asString().contains("SEV3");
    }

    @Test
    void a_near_miss_gets_a_light_review() {
        PostmortemDecision d = rules.decide(aNearMiss().severity(Severity.SEV1).build());

        assertThat(d.requirement()).isEqualTo(Requirement.LIGHT_REVIEW);
    }

    @Test
    void a_near_miss_someone_asks_about_gets_a_full_postmortem() {
        PostmortemDecision d = rules.decide(aNearMiss().impact(new Impact(false, false, true)).build());

        assertThat(d.requirement()).isEqualTo(Requirement.REQUIRED);
    }

    @Test
    void the_policy_can_require_postmortems_for_sev3_and_drop_the_request_trigger() {
        PostmortemRequirement custom = SlaPolicy.parse("""
                postmortem:
                  required:
                    severities: [SEV1, SEV2, SEV3]
                    onRequest: false
                """).postmortemRequirement();

        assertThat(custom.decide(anIncident().severity(Severity.SEV3).build()).isRequired()).isTrue();
        assertThat(custom.decide(anIncident().severity(Severity.SEV4).impact(new Impact(false, false, true)).build()).isRequired())
                .isFalse();
    }
}
